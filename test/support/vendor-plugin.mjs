// Serves React and Vue to the framework tests (and ExcelJS to the workbook's). React ships CommonJS only and Vue's default
// entry expects a bundler, so the tests' bare imports ('react', 'react-dom', 'react-dom/client',
// 'vue') resolve here to browser ES modules, bundled once on first request. The development
// builds, because they are what developers see: their warnings reach the console, where the
// tests look for them.
import { bundle } from './bundle.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// React and React DOM in ONE module, so that the hooks and the renderer share one React.
const REACT = `
export { createElement, Fragment, StrictMode, useEffect, useRef, useState, version } from 'react';
export { flushSync } from 'react-dom';
export { createRoot } from 'react-dom/client';
`;
// The full build: the tests compile templates as written in single-file components.
const VUE = `export * from 'vue/dist/vue.esm-browser.js';`;

const modules = {
  '/__vendor/react.js': { specifiers: ['react', 'react-dom', 'react-dom/client'], source: REACT },
  '/__vendor/vue.js': { specifiers: ['vue'], source: VUE },
  // ExcelJS (CommonJS) as its browser build, as vite serves it to the editor; loaded on demand.
  '/__vendor/exceljs.js': { specifiers: ['exceljs'], source: `export { default } from 'exceljs';` },
};

const bundleVendor = (source) =>
  bundle({
    stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'vendor-entry.js' },
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });

export function vendorPlugin() {
  const cache = new Map();
  const resolved = new Map(
    Object.entries(modules).flatMap(([path, { specifiers }]) => specifiers.map((s) => [s, path])),
  );
  return {
    name: 'koop-vendor',
    resolveImport({ source }) {
      return resolved.get(source);
    },
    serve(context) {
      const module = modules[context.path];
      if (!module) return undefined;
      if (!cache.has(context.path)) cache.set(context.path, bundleVendor(module.source));
      return cache.get(context.path).then((body) => ({ body, type: 'js' }));
    },
  };
}
