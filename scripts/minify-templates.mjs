// A build plugin that strips the indentation from Lit's css``, html`` and svg`` templates in the
// kit's own sources. Whitespace there never matters (no <pre>, no CSS strings with newlines),
// and removing it saves about a tenth of the shipped size.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyMarkup(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <');
}

export function minifyTemplates() {
  return {
    name: 'koop-minify-templates',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const raw = code.slice(start, end);
            const minified = minify(raw);
            if (minified !== raw) edits.push({ start, end, text: minified });
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      }
      return { code: result, map: null };
    },
  };
}
