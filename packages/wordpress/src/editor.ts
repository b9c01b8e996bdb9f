// The "Koop-Widget" block in the block editor: widget choice, document (Media Library or
// address), the data check and the options in the sidebar, the kit's own widget as the preview.
// Bundled by scripts/build-wordpress.mjs into block/editor.js; the page is rendered by PHP.
import type { ReactNode } from 'react';
import { fetchDocumentText, readDocumentText, type ReadFailure } from '@koop/core/read.js';
import {
  DATA_CHOICE,
  DATA_TAG,
  documentChoices,
  optionError,
  optionsOf,
  shortName,
  widgetInfo,
  WIDGETS,
  type Lang,
  type WidgetOption,
} from '@koop/kit/snippet.js';
import { checkValue, type CheckReport, type ListedProblem } from '../../../demo/builder/data-check.js';
import { builderStrings } from '../../../demo/builder/strings.js';
import { blockOptions, blockTags, formValues, type BlockAttributes } from './block-values.js';
import { blockStrings } from './strings.js';
import type { BlockEditProps, MediaItem } from './wp.js';

const { createElement: el, Fragment, useEffect, useMemo, useRef, useState } = wp.element;
const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
const { BaseControl, Button, CheckboxControl, PanelBody, Placeholder, SelectControl, TextControl } =
  wp.components;

const settings = window.koopBlockEditor ?? { autoloader: '', lang: 'de' };
const lang: Lang = settings.lang === 'en' ? 'en' : 'de';
const s = blockStrings[lang];
const b = builderStrings[lang];

type Check =
  | { status: 'idle' | 'checking' }
  | { status: 'done'; failure: ReadFailure; notes: string[] }
  | { status: 'done'; value: unknown; report: CheckReport; notes: string[] };

/** Loads and checks the document as the snippet builder does, whenever its address changes. */
function useDocumentCheck(src: string): Check {
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  useEffect(() => {
    if (!src) {
      setCheck({ status: 'idle' });
      return;
    }
    let current = true;
    setCheck({ status: 'checking' });
    void fetchDocumentText(src).then((result) => {
      if (!current) return;
      const notes = result.contentType ? [b.notJsonType(result.contentType)] : [];
      const read = result.ok
        ? readDocumentText(result.text!)
        : { ok: false as const, failure: result.failure! };
      setCheck(
        read.ok
          ? { status: 'done', value: read.value, report: checkValue(read.value, lang), notes }
          : { status: 'done', failure: read.failure, notes },
      );
    });
    return () => {
      current = false;
    };
  }, [src]);
  return check;
}

/** The kit in the document the block is drawn in (the editor page or its canvas iframe). */
function loadKit(document: Document) {
  if (!settings.autoloader || document.querySelector('script[data-koop-kit]')) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = settings.autoloader;
  script.dataset.koopKit = '';
  document.head.append(script);
}

/** The real widget, made anew when its markup changes, with the checked document as `data`. */
function Preview({ block, value }: { block: BlockAttributes; value: unknown }) {
  const box = useRef<HTMLDivElement>(null);
  const signature = JSON.stringify([block.widgets, block.options]);
  const element = useRef<(HTMLElement & { data?: unknown }) | null>(null);
  useEffect(() => {
    const target = box.current!;
    const document = target.ownerDocument;
    loadKit(document);
    const { tag, children } = blockTags(block.widgets);
    const make = (name: string) => {
      const made = document.createElement(name);
      for (const [attribute, text] of Object.entries(block.options[shortName(name)] ?? {}))
        made.setAttribute(attribute, text);
      return made;
    };
    element.current = make(tag);
    element.current.append(...children.map(make));
    target.replaceChildren(element.current);
  }, [signature]);
  useEffect(() => {
    if (element.current && element.current.data !== value) element.current.data = value;
  }, [signature, value]);
  return el('div', { ref: box, className: 'koop-block-preview', role: 'region', 'aria-label': s.preview });
}

function problemList(kind: 'errors' | 'warnings', heading: string, intro: string, problems: ListedProblem[]) {
  return el(
    'div',
    { className: `koop-check-${kind}` },
    el('h3', null, heading),
    el('p', null, intro),
    el(
      'ul',
      null,
      ...problems.map((problem) =>
        el(
          'li',
          { key: problem.path },
          el('strong', null, problem.where),
          `: ${problem.message} `,
          el('span', null, b.pathLabel, ' ', el('code', null, problem.path || '–')),
        ),
      ),
    ),
  );
}

/** The data check in the sidebar: the builder's summary, failure and problem lists. */
function DataCheck({ check }: { check: Check }) {
  let summary = b.checkIdle;
  let alarming = false;
  let details: ReactNode = null;
  if (check.status === 'checking') summary = b.checking;
  else if (check.status === 'done' && 'failure' in check) {
    summary = b.failure(check.failure);
    alarming = true;
    details = el('p', null, b.failureHint(check.failure));
  } else if (check.status === 'done') {
    const { errors, warnings } = check.report;
    alarming = errors.length > 0;
    summary = errors.length
      ? b.withErrors(
          errors.length,
          warnings.length,
          errors.some((error) => error.fatal),
        )
      : warnings.length
        ? b.warningsOnly(warnings.length)
        : b.clean;
    details = el(
      Fragment,
      null,
      errors.length ? problemList('errors', b.errorsHeading(errors.length), b.errorsIntro, errors) : null,
      warnings.length
        ? problemList('warnings', b.warningsHeading(warnings.length), b.warningsIntro, warnings)
        : null,
    );
  }
  const line = el('p', { className: 'koop-check-summary' }, summary);
  const notes = check.status === 'done' ? check.notes : [];
  return el(
    'div',
    { className: 'koop-check', 'aria-busy': check.status === 'checking' ? 'true' : 'false' },
    el('div', { role: 'status' }, alarming ? null : line),
    el('div', { role: 'alert' }, alarming ? line : null),
    ...notes.map((note) => el('p', { key: note }, note)),
    details,
  );
}

/** One option of the builder as a control of the block editor. */
function optionControl(
  key: string,
  option: WidgetOption,
  values: Record<string, string>,
  set: (key: string, value: string) => void,
  document: unknown,
) {
  const raw = values[key] ?? '';
  const label = option.label[lang];
  const help = optionError(option, raw, lang) || option.hint?.[lang];
  switch (option.kind) {
    case 'flag':
      return el(CheckboxControl, {
        key,
        label,
        help,
        checked: raw === 'on',
        onChange: (on: boolean) => set(key, on ? 'on' : ''),
      });
    case 'set': {
      const chosen = new Set(raw.split(',').filter(Boolean));
      const toggle = (value: string, on: boolean) => {
        if (on) chosen.add(value);
        else chosen.delete(value);
        set(
          key,
          option.choices
            .filter((c) => chosen.has(c.value))
            .map((c) => c.value)
            .join(','),
        );
      };
      return el(
        BaseControl,
        { key, id: `koop-${key}`, label, help },
        ...option.choices.map((choice) =>
          el(CheckboxControl, {
            key: choice.value,
            label: choice.label[lang],
            checked: chosen.has(choice.value),
            onChange: (on: boolean) => toggle(choice.value, on),
          }),
        ),
      );
    }
    case 'choice':
    case 'id': {
      const choices =
        option.kind === 'choice'
          ? option.choices.map((c) => ({ value: c.value, label: c.label[lang] }))
          : [{ value: '', label: b.noneChosen }, ...documentChoices(document, option.collection, lang)];
      if (raw && !choices.some((c) => c.value === raw)) choices.push({ value: raw, label: raw });
      return el(SelectControl, {
        key,
        label,
        help: option.kind === 'id' && document === undefined ? b.loadDocumentFirst : help,
        value: raw,
        options: choices,
        onChange: (value: string) => set(key, value),
      });
    }
    default:
      return el(TextControl, {
        key,
        label,
        help,
        value: raw,
        type: option.kind === 'date' && option.precision === 'day' ? 'date' : 'text',
        inputMode: option.kind === 'number' ? 'numeric' : undefined,
        placeholder:
          option.kind === 'number' && option.default !== undefined ? String(option.default) : undefined,
        onChange: (value: string) => set(key, value),
      });
  }
}

function Edit({ attributes, setAttributes }: BlockEditProps<BlockAttributes>) {
  const { tag, children } = blockTags(attributes.widgets);
  const shown = tag === DATA_TAG ? children : [tag];
  const values = useMemo(() => formValues(attributes), [attributes.widgets, attributes.options]);
  const check = useDocumentCheck(attributes.src);
  const [address, setAddress] = useState(attributes.src);
  useEffect(() => setAddress(attributes.src), [attributes.src]);
  const document = check.status === 'done' && 'value' in check ? check.value : undefined;

  const setWidgets = (widgets: string[]) => setAttributes(blockOptions(widgets, values));
  const setValue = (key: string, value: string) =>
    setAttributes(blockOptions(attributes.widgets, { ...values, [key]: value }));
  const chooseMedia = (media: MediaItem) => setAttributes({ mediaId: media.id, src: media.url });
  const applyAddress = () => setAttributes({ src: address.trim(), mediaId: undefined });

  const library = el(
    MediaUploadCheck,
    null,
    el(MediaUpload, {
      allowedTypes: ['application/json'],
      value: attributes.mediaId,
      onSelect: chooseMedia,
      render: ({ open }) =>
        el(
          Button,
          { variant: 'secondary', onClick: open },
          attributes.src ? s.replaceFromLibrary : s.fromLibrary,
        ),
    }),
  );

  const widgetChoice = el(
    PanelBody,
    { title: s.widgetPanel },
    el(SelectControl, {
      label: s.widgetLabel,
      value: tag,
      options: [...WIDGETS, DATA_CHOICE].map((w) => ({ value: w.tag, label: w.label[lang] })),
      onChange: (chosen: string) =>
        setWidgets(
          chosen === DATA_TAG ? [shortName(WIDGETS[0].tag), shortName(WIDGETS[1].tag)] : [shortName(chosen)],
        ),
    }),
    tag === DATA_TAG
      ? el(
          BaseControl,
          {
            id: 'koop-several',
            label: s.severalLegend,
            help: children.length ? undefined : b.noWidgetChosen,
          },
          ...WIDGETS.map((widget) =>
            el(CheckboxControl, {
              key: widget.tag,
              label: widget.label[lang],
              checked: children.includes(widget.tag),
              onChange: (on: boolean) =>
                setWidgets(
                  on
                    ? [...attributes.widgets, shortName(widget.tag)]
                    : attributes.widgets.filter((name) => name !== shortName(widget.tag)),
                ),
            }),
          ),
        )
      : null,
  );

  const documentPanel = el(
    PanelBody,
    { title: s.documentPanel },
    library,
    el(
      'form',
      {
        className: 'koop-address',
        onSubmit: (event: Event) => {
          event.preventDefault();
          applyAddress();
        },
      },
      el(TextControl, {
        label: s.orAddress,
        help: b.urlHint,
        type: 'url',
        value: address,
        onChange: setAddress,
      }),
      el(Button, { variant: 'secondary', type: 'submit' }, s.apply),
    ),
  );

  const optionPanel = el(
    PanelBody,
    { title: s.optionsPanel, initialOpen: false },
    ...optionsOf(DATA_TAG, true).map(({ key, option }) =>
      optionControl(key, option, values, setValue, document),
    ),
    ...shown.map((widget) =>
      el(
        'fieldset',
        { key: widget, className: 'koop-widget-options' },
        el('legend', null, b.widgetLegendOptions(widgetInfo(widget)!.label[lang])),
        ...optionsOf(widget, false)
          .filter((o) => !o.common)
          .map(({ key, option }) => optionControl(key, option, values, setValue, document)),
      ),
    ),
  );

  const fallbackPanel = el(
    PanelBody,
    { title: s.fallbackPanel, initialOpen: false },
    el(TextControl, {
      label: s.fallbackText,
      help: s.fallbackTextHint,
      placeholder: s.fallbackTextDefault,
      value: attributes.fallbackText,
      onChange: (fallbackText: string) => setAttributes({ fallbackText }),
    }),
    el(TextControl, {
      label: s.fallbackUrl,
      help: s.fallbackUrlHint,
      type: 'url',
      value: attributes.fallbackUrl,
      onChange: (fallbackUrl: string) => setAttributes({ fallbackUrl }),
    }),
  );

  const canvas =
    document !== undefined
      ? el(Preview, { block: attributes, value: document })
      : el(
          Placeholder,
          {
            icon: 'groups',
            label: 'Koop-Widget',
            instructions:
              check.status === 'done' && 'failure' in check ? b.failure(check.failure) : s.placeholder,
          },
          library,
        );

  return el(
    Fragment,
    null,
    el(
      InspectorControls,
      null,
      widgetChoice,
      documentPanel,
      el(PanelBody, { title: s.checkPanel }, el(DataCheck, { check })),
      optionPanel,
      fallbackPanel,
    ),
    el('div', useBlockProps(), canvas),
  );
}

wp.blocks.registerBlockType<BlockAttributes>('koop/widget', { edit: Edit, save: () => null });
