// Custom Elements Manifest analyzer (`npx cem analyze`). The committed manifests are written by
// scripts/gen-manifest.mjs, which runs the analyzer with this config and checks the result.

/**
 * Our elements register through the duplicate-safe `KoopElement.define('koop-x')` in their
 * define modules, which the analyzer does not know; this plugin reads those calls as the
 * `customElements.define('koop-x', X)` it understands.
 */
function koopDefinePlugin() {
  return {
    name: 'koop-define-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define') return;
      if (!ts.isIdentifier(callee.expression)) return;
      const [tag] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !tag.text.includes('-')) return;
      const className = callee.expression.text;
      const imported = context.imports?.find((i) => i.name === className);
      const module =
        imported && !imported.isBareModuleSpecifier
          ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1)
          : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * Lit's internal reactive state (`{ state: true }` in `static properties`) is no attribute and
 * no public API, but the analyzer's Lit support lists it as an attribute.
 */
function litStatePlugin() {
  const states = new Map();
  return {
    name: 'koop-lit-state',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.initializer,
      );
      if (!properties || !ts.isObjectLiteralExpression(properties.initializer)) return;
      const names = new Set();
      for (const entry of properties.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const state = entry.initializer.properties.some(
          (o) =>
            ts.isPropertyAssignment(o) &&
            o.name.getText() === 'state' &&
            o.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (state) names.add(entry.name.getText());
      }
      states.set(`${moduleDoc.path}#${node.name.text}`, names);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = states.get(`${moduleDoc.path}#${declaration.name}`);
        if (!names?.size) continue;
        declaration.attributes = declaration.attributes?.filter((a) => !names.has(a.fieldName ?? a.name));
        for (const member of declaration.members ?? []) {
          if (names.has(member.name)) member.privacy ??= 'private';
        }
      }
    },
  };
}

/**
 * An attribute's `@attr` line in the class comment is written for HTML authors and wins over
 * the property's own comment, which the analyzer's Lit support would otherwise copy over it.
 */
function attrDocPlugin() {
  return {
    name: 'koop-attr-docs',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      if (!declaration) return;
      for (const tag of ts.getJSDocTags(node)) {
        if (!['attr', 'attribute'].includes(tag.tagName.text)) continue;
        const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
        const match = /^\s*(?:\{([^}]*)\}\s*)?([\w-]+)\s+-\s+([\s\S]+)$/.exec(text ?? '');
        const attribute = match && declaration.attributes?.find((a) => a.name === match[2]);
        if (!attribute) continue;
        attribute.description = match[3].replace(/\s+/g, ' ').trim();
        if (match[1]) attribute.type = { text: match[1] };
      }
    },
  };
}

export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    'packages/*/src/**/*.en.ts',
    'packages/*/src/**/*.generated.ts',
    'packages/*/src/**/*.test.ts',
    // The WordPress plugin's block editor script, not an element.
    'packages/wordpress/**',
  ],
  outdir: 'packages/kit',
  litelement: true,
  // The `customElements` fields are maintained by hand (one manifest per package).
  packagejson: false,
  plugins: [koopDefinePlugin(), litStatePlugin(), attrDocPlugin()],
};
