/**
 * A small element tree over saxes (the streaming XML parser jsdom uses): namespaces resolved,
 * CDATA read as text, HTML's named entities known (feeds write `&nbsp;`), and every element
 * with the line it starts on, so problems point into the file. saxes is strict: what is not
 * well-formed is an error with its line, and parsing goes on to find the rest.
 * DOM-free, for node and the browser alike (DOMParser exists in the browser only).
 */
import { SaxesParser } from 'saxes';
import { escapeXml } from '@koop/schema';
import { ENTITIES, stripBom } from './text.js';

export interface XmlElement {
  /** The local name, without prefix. */
  name: string;
  /** The namespace URI ('' for none). */
  uri: string;
  /** Attribute values by local name (an unprefixed one wins) and by full name. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, in order, without its children's. */
  text: string;
  /** Text and child elements in document order (mixed content such as XHTML). */
  parts: (string | XmlElement)[];
  /** 1-based line where the start tag ends. */
  line: number;
}

export interface XmlError {
  message: string;
  line: number;
  column: number;
  /** An entity XML does not define: the text keeps it as written; worth a warning, not more. */
  entity: boolean;
}

export interface XmlTree {
  root?: XmlElement;
  errors: XmlError[];
}

const MAX_ERRORS = 20;

/** Parses an XML text; never throws. */
export function parseXml(input: string): XmlTree {
  const parser = new SaxesParser({ xmlns: true, position: true });
  Object.assign(parser.ENTITIES, ENTITIES);
  const errors: XmlError[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    if (errors.length >= MAX_ERRORS) return;
    const message = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    errors.push({
      message,
      line: parser.line,
      column: parser.column,
      entity: /undefined entity/.test(message),
    });
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      attributes[attribute.name] = attribute.value;
      if (!attribute.prefix || !(attribute.local in attributes))
        attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: '',
      parts: [],
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(element);
      parent.parts.push(element);
    } else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const text = (value: string) => {
    const current = stack[stack.length - 1];
    if (!current) return;
    current.text += value;
    current.parts.push(value);
  };
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(stripBom(input)).close();
  } catch (error) {
    // saxes reports through the handler; a throw here is a bug of its own, still not ours to pass on.
    errors.push({
      message: error instanceof Error ? error.message : String(error),
      line: parser.line,
      column: parser.column,
      entity: false,
    });
  }
  return { root, errors };
}

/** The child elements of a name (any namespace, or the given one). */
export function childrenNamed(element: XmlElement, name: string, uri?: string): XmlElement[] {
  return element.children.filter((child) => child.name === name && (uri === undefined || child.uri === uri));
}

export function childNamed(element: XmlElement, name: string, uri?: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name && (uri === undefined || child.uri === uri));
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'br',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
]);

/** All text of an element and its descendants (an XHTML content: a line break after each block). */
export function deepText(element: XmlElement): string {
  let result = '';
  for (const part of element.parts) {
    if (typeof part === 'string') result += part;
    else if (part.name !== 'script' && part.name !== 'style') {
      result += deepText(part);
      if (BLOCKS.has(part.name)) result += '\n';
    }
  }
  return result;
}

/** `escapeXml`, with tab and line feed as references, which survive in attribute values. */
export function xmlEscape(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
