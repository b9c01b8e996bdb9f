// The builder's words, German and English. Both are small, so both are built in.
import type { ReadFailure } from '@koop/core/read.js';
import type { Lang } from '@koop/kit/snippet.js';

export interface BuilderStrings {
  uiLanguage: string;
  stepWidget: string;
  widgetLegend: string;
  dataWidgetsLegend: string;
  noWidgetChosen: string;
  stepDocument: string;
  sourceLegend: string;
  sourceUrl: string;
  sourceFile: string;
  urlLabel: string;
  urlHint: string;
  check: string;
  fileLabel: string;
  fileHint: string;
  dropHere: string;
  fileChosen: (name: string, size: string) => string;
  deliveryLegend: string;
  deliveryInline: string;
  deliveryInlineHint: string;
  deliveryUpload: string;
  deliveryUploadHint: string;
  uploadedUrlLabel: string;
  inlineTooLarge: (size: string) => string;
  stepCheck: string;
  checkIdle: string;
  checking: string;
  clean: string;
  warningsOnly: (count: number) => string;
  /** `fatal`: with these errors the widget cannot show the data at all. */
  withErrors: (errors: number, warnings: number, fatal: boolean) => string;
  errorsHeading: (count: number) => string;
  errorsIntro: string;
  warningsHeading: (count: number) => string;
  warningsIntro: string;
  pathLabel: string;
  failure: (failure: ReadFailure) => string;
  failureHint: (failure: ReadFailure) => string;
  jsonAt: (line: number, column: number) => string;
  notJsonType: (type: string) => string;
  httpOnHttps: string;
  stepOptions: string;
  commonLegend: string;
  widgetLegendOptions: (widget: string) => string;
  noneChosen: string;
  loadDocumentFirst: string;
  stepPreview: string;
  previewEmpty: string;
  previewLabel: (widget: string) => string;
  stepSnippet: string;
  kitLabel: string;
  kitHint: string;
  kitPlaceholderWarning: string;
  bundleLegend: string;
  bundleAutoloader: string;
  bundleAll: string;
  snippetLabel: string;
  snippetMissingUrl: string;
  snippetNoDocument: string;
  copy: string;
  copied: string;
  copyFallback: string;
  bytes: (bytes: number) => string;
  // The WordPress target (the Koop plugin)
  targetLegend: string;
  targetHtml: string;
  targetBlock: string;
  targetShortcode: string;
  wordpressHint: string;
  wordpressNeedsAddress: string;
  blockLabel: string;
  shortcodeLabel: string;
  copiedBlock: string;
  copiedShortcode: string;
}

const size = (bytes: number, lang: Lang) => {
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} ${lang === 'de' ? 'Bytes' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / 1024 / 1024)} MB`;
};

const de: BuilderStrings = {
  uiLanguage: 'Sprache dieser Seite',
  stepWidget: '1. Widget wählen',
  widgetLegend: 'Welches Widget soll auf die Seite?',
  dataWidgetsLegend: 'Welche Widgets? (in dieser Reihenfolge)',
  noWidgetChosen: 'Bitte mindestens ein Widget wählen.',
  stepDocument: '2. Daten angeben',
  sourceLegend: 'Woher kommen die Daten?',
  sourceUrl: 'Von einer Adresse im Internet',
  sourceFile: 'Aus einer Datei auf diesem Computer',
  urlLabel: 'Adresse der Koop-Datei (JSON)',
  urlHint:
    'Zum Beispiel https://www.musterstadt.de/fileadmin/koop/kooperation.json. Das Widget lädt genau diese Adresse.',
  check: 'Laden und prüfen',
  fileLabel: 'Datei auswählen',
  fileHint:
    'Eine Koop-Datei im JSON-Format (.json). Sie wird nur hier im Browser gelesen, nicht hochgeladen.',
  dropHere: '… oder die Datei hierher ziehen.',
  fileChosen: (name, size) => `Gewählt: ${name} (${size})`,
  deliveryLegend: 'Wie bekommt die Seite die Daten?',
  deliveryInline: 'In den Baustein einbetten',
  deliveryInlineHint:
    'Die Daten stehen im Baustein selbst. Für jede Änderung muss der Baustein neu eingefügt werden. Manche CMS entfernen <script>-Elemente aus HTML-Inhalten.',
  deliveryUpload: 'Datei hochladen und ihre Adresse eintragen (empfohlen)',
  deliveryUploadHint:
    'Laden Sie die Datei in die Dateiverwaltung Ihres CMS hoch und tragen Sie ihre Adresse ein. Änderungen an der Datei erscheinen dann ohne neuen Baustein.',
  uploadedUrlLabel: 'Adresse der hochgeladenen Datei',
  inlineTooLarge: (size) =>
    `Die Daten sind ${size} groß. So große Bausteine machen die Seite langsam und sind im CMS schwer zu pflegen – besser hochladen.`,
  stepCheck: '3. Datenprüfung',
  checkIdle: 'Noch keine Daten geprüft. Geben Sie eine Adresse an oder wählen Sie eine Datei.',
  checking: 'Daten werden geladen und geprüft …',
  clean: 'Keine Probleme gefunden. Die Daten können veröffentlicht werden.',
  warningsOnly: (count) =>
    `Keine Fehler. ${count === 1 ? '1 Hinweis' : `${count} Hinweise`} – das Widget zeigt die Daten an, aber bitte prüfen.`,
  withErrors: (errors, warnings, fatal) =>
    `${errors === 1 ? '1 Fehler' : `${errors} Fehler`}${warnings ? ` und ${warnings === 1 ? '1 Hinweis' : `${warnings} Hinweise`}` : ''} gefunden. So bitte nicht veröffentlichen: ${fatal ? 'mit diesen Fehlern zeigt das Widget die Daten nicht an.' : 'das Widget zeigt die Daten nur unvollständig, mit einem Hinweis auf die Fehler.'}`,
  errorsHeading: (count) => (count === 1 ? '1 Fehler' : `${count} Fehler`),
  errorsIntro: 'Diese Stellen müssen korrigiert werden, bevor die Daten veröffentlicht werden:',
  warningsHeading: (count) => (count === 1 ? '1 Hinweis' : `${count} Hinweise`),
  warningsIntro: 'Das Widget zeigt die Daten, aber diese Stellen sollten geprüft werden:',
  pathLabel: 'Stelle in der Datei:',
  failure: (failure) => {
    switch (failure.kind) {
      case 'empty':
        return 'Die Datei ist leer.';
      case 'too-large':
        return 'Die Datei ist zu groß (mehr als 10 MB).';
      case 'not-json':
        return 'Statt Koop-Daten (JSON) kam eine Webseite (HTML).';
      case 'json':
        return failure.line
          ? `Die Datei ist kein gültiges JSON: Fehler in Zeile ${failure.line}, Spalte ${failure.column}.`
          : 'Die Datei ist kein gültiges JSON.';
      case 'invalid-url':
        return 'Das ist keine gültige Internetadresse.';
      case 'network':
        return 'Die Adresse war nicht erreichbar.';
      case 'timeout':
        return 'Der Server hat nicht rechtzeitig geantwortet.';
      case 'http':
        return failure.status === 404
          ? 'Unter dieser Adresse gibt es keine Datei (HTTP 404 – nicht gefunden).'
          : failure.status === 401 || failure.status === 403
            ? `Der Server verweigert den Zugriff (HTTP ${failure.status}). Ist die Datei öffentlich freigegeben?`
            : `Der Server hat mit einem Fehler geantwortet (HTTP ${failure.status}).`;
    }
  },
  failureHint: (failure) => {
    switch (failure.kind) {
      case 'not-json':
        return 'Ist die Adresse richtig? Oft zeigt sie auf eine Fehlerseite oder die Seite der Dateiverwaltung statt auf die Datei selbst.';
      case 'json':
        return 'Häufige Ursachen: ein Komma zu viel oder zu wenig, Text in einfachen statt doppelten Anführungszeichen, eine fehlende schließende Klammer. Speichern Sie die Datei als UTF-8.';
      case 'invalid-url':
        return 'Die Adresse muss mit https:// (oder http://) beginnen oder ein Pfad auf diesem Server sein.';
      case 'network':
        return failure.crossOrigin
          ? 'Liegt die Datei auf einem anderen Server, muss dieser sie mit der Kopfzeile „Access-Control-Allow-Origin“ ausliefern (CORS), sonst darf keine Seite sie laden. Bitten Sie den Betrieb des Servers darum.'
          : 'Bitte die Adresse und die Internetverbindung prüfen.';
      case 'too-large':
        return 'Teilen Sie die Daten auf mehrere Dateien auf oder entfernen Sie alte Einträge.';
      default:
        return '';
    }
  },
  jsonAt: (line, column) => `Zeile ${line}, Spalte ${column}`,
  notJsonType: (type) =>
    `Der Server liefert die Datei als „${type}“ aus, nicht als JSON (application/json). Das Widget liest sie trotzdem; manche Server blockieren das aber.`,
  httpOnHttps:
    'Die Adresse beginnt mit http://, diese Seite mit https://. Browser laden solche Dateien auf verschlüsselten Seiten nicht – bitte https:// verwenden.',
  stepOptions: '4. Einstellungen',
  commonLegend: 'Für jedes Widget',
  widgetLegendOptions: (widget) => `Für „${widget}“`,
  noneChosen: '– keine Auswahl (Standard) –',
  loadDocumentFirst: 'Die Auswahl füllt sich, sobald Daten geladen sind.',
  stepPreview: '5. Vorschau',
  previewEmpty: 'Die Vorschau erscheint, sobald Daten geladen sind.',
  previewLabel: (widget) => `Vorschau: ${widget}`,
  stepSnippet: '6. Baustein kopieren',
  kitLabel: 'Adresse des Koop-Baukastens auf Ihrer Website',
  kitHint:
    'Der Ordner, in dem die Dateien des Baukastens liegen (z. B. https://www.musterstadt.de/koop/), oder die volle Adresse des Skripts.',
  kitPlaceholderWarning:
    'Das ist eine Beispieladresse. Bitte die Adresse eintragen, unter der Ihre Website den Baukasten bereitstellt – fragen Sie im Zweifel Ihre Web-Administration.',
  bundleLegend: 'Welche Datei des Baukastens?',
  bundleAutoloader: 'koop-autoloader.js – lädt nur die Widgets, die auf der Seite stehen (empfohlen)',
  bundleAll: 'koop.js – alle Widgets auf einmal',
  snippetLabel: 'Baustein (HTML) zum Einfügen in Ihr CMS',
  snippetMissingUrl: 'Bitte zuerst die Adresse der hochgeladenen Datei eintragen.',
  snippetNoDocument: 'Bitte zuerst Daten angeben (Schritt 2).',
  copy: 'Baustein kopieren',
  copied: 'Kopiert. Fügen Sie den Baustein in Ihrem CMS in ein HTML-Element ein.',
  copyFallback:
    'Kopieren war nicht möglich. Der Baustein ist markiert – bitte mit Strg+C (Mac: ⌘+C) kopieren.',
  bytes: (bytes) => size(bytes, 'de'),
  targetLegend: 'Wohin kommt der Baustein?',
  targetHtml: 'In eine Webseite oder ein CMS (HTML mit Script-Tag)',
  targetBlock: 'WordPress mit dem Koop-Plugin: Block',
  targetShortcode: 'WordPress mit dem Koop-Plugin: Shortcode (klassischer Editor, Page-Builder)',
  wordpressHint:
    'Das Koop-Plugin lädt den Baukasten selbst; jede Rolle, die Beiträge schreiben darf, kann Block und Shortcode einfügen.',
  wordpressNeedsAddress:
    'WordPress braucht die Daten als Datei: Laden Sie sie in die Mediathek hoch und tragen Sie ihre Adresse ein (Schritt 2).',
  blockLabel: 'Block zum Einfügen in den WordPress-Editor',
  shortcodeLabel: 'Shortcode zum Einfügen in WordPress',
  copiedBlock: 'Kopiert. Fügen Sie den Block im WordPress-Editor ein (Strg+V in einen leeren Absatz).',
  copiedShortcode:
    'Kopiert. Fügen Sie den Shortcode in WordPress in den Text oder einen Shortcode-Block ein.',
};

const en: BuilderStrings = {
  uiLanguage: 'Language of this page',
  stepWidget: '1. Choose a widget',
  widgetLegend: 'Which widget should go on the page?',
  dataWidgetsLegend: 'Which widgets? (in this order)',
  noWidgetChosen: 'Please choose at least one widget.',
  stepDocument: '2. Give the data',
  sourceLegend: 'Where does the data come from?',
  sourceUrl: 'From an address on the web',
  sourceFile: 'From a file on this computer',
  urlLabel: 'Address of the koop file (JSON)',
  urlHint:
    'For example https://www.example.org/files/cooperation.json. The widget loads exactly this address.',
  check: 'Load and check',
  fileLabel: 'Choose a file',
  fileHint: 'A koop file in JSON format (.json). It is only read here in the browser, not uploaded.',
  dropHere: '… or drop the file here.',
  fileChosen: (name, size) => `Chosen: ${name} (${size})`,
  deliveryLegend: 'How does the page get the data?',
  deliveryInline: 'Embed it in the snippet',
  deliveryInlineHint:
    'The data sits in the snippet itself. Every change means pasting the snippet again. Some CMSs remove <script> elements from HTML content.',
  deliveryUpload: 'Upload the file and enter its address (recommended)',
  deliveryUploadHint:
    'Upload the file to your CMS’s file manager and enter its address. Changes to the file then appear without a new snippet.',
  uploadedUrlLabel: 'Address of the uploaded file',
  inlineTooLarge: (size) =>
    `The data is ${size}. Snippets this large slow the page down and are hard to maintain in a CMS – better upload it.`,
  stepCheck: '3. Data check',
  checkIdle: 'No data checked yet. Enter an address or choose a file.',
  checking: 'Loading and checking the data …',
  clean: 'No problems found. The data can be published.',
  warningsOnly: (count) =>
    `No errors. ${count === 1 ? '1 warning' : `${count} warnings`} – the widget shows the data, but please check.`,
  withErrors: (errors, warnings, fatal) =>
    `${errors === 1 ? '1 error' : `${errors} errors`}${warnings ? ` and ${warnings === 1 ? '1 warning' : `${warnings} warnings`}` : ''} found. Please do not publish the data like this: ${fatal ? 'with these errors the widget does not show them.' : 'the widget shows them only in part, with a notice of the errors.'}`,
  errorsHeading: (count) => (count === 1 ? '1 error' : `${count} errors`),
  errorsIntro: 'These places must be corrected before the data is published:',
  warningsHeading: (count) => (count === 1 ? '1 warning' : `${count} warnings`),
  warningsIntro: 'The widget shows the data, but these places should be checked:',
  pathLabel: 'Place in the file:',
  failure: (failure) => {
    switch (failure.kind) {
      case 'empty':
        return 'The file is empty.';
      case 'too-large':
        return 'The file is too large (more than 10 MB).';
      case 'not-json':
        return 'A web page (HTML) came back instead of koop data (JSON).';
      case 'json':
        return failure.line
          ? `The file is not valid JSON: error in line ${failure.line}, column ${failure.column}.`
          : 'The file is not valid JSON.';
      case 'invalid-url':
        return 'That is not a valid web address.';
      case 'network':
        return 'The address could not be reached.';
      case 'timeout':
        return 'The server did not answer in time.';
      case 'http':
        return failure.status === 404
          ? 'There is no file at this address (HTTP 404 – not found).'
          : failure.status === 401 || failure.status === 403
            ? `The server refuses access (HTTP ${failure.status}). Is the file public?`
            : `The server answered with an error (HTTP ${failure.status}).`;
    }
  },
  failureHint: (failure) => {
    switch (failure.kind) {
      case 'not-json':
        return 'Is the address right? Often it points to an error page or the file manager’s page instead of the file itself.';
      case 'json':
        return 'Common causes: one comma too many or too few, text in single instead of double quotes, a missing closing bracket. Save the file as UTF-8.';
      case 'invalid-url':
        return 'The address must start with https:// (or http://) or be a path on this server.';
      case 'network':
        return failure.crossOrigin
          ? 'If the file is on another server, that server must send it with the “Access-Control-Allow-Origin” header (CORS), or no page may load it. Ask whoever runs the server.'
          : 'Please check the address and the internet connection.';
      case 'too-large':
        return 'Split the data into several files or remove old entries.';
      default:
        return '';
    }
  },
  jsonAt: (line, column) => `line ${line}, column ${column}`,
  notJsonType: (type) =>
    `The server sends the file as “${type}”, not as JSON (application/json). The widget reads it anyway, but some servers block that.`,
  httpOnHttps:
    'The address starts with http://, this page with https://. Browsers do not load such files on encrypted pages – please use https://.',
  stepOptions: '4. Settings',
  commonLegend: 'For every widget',
  widgetLegendOptions: (widget) => `For “${widget}”`,
  noneChosen: '– none (default) –',
  loadDocumentFirst: 'The choices fill in once data is loaded.',
  stepPreview: '5. Preview',
  previewEmpty: 'The preview appears once data is loaded.',
  previewLabel: (widget) => `Preview: ${widget}`,
  stepSnippet: '6. Copy the snippet',
  kitLabel: 'Address of the Koop kit on your website',
  kitHint:
    'The folder that holds the kit’s files (e.g. https://www.example.org/koop/), or the full address of its script.',
  kitPlaceholderWarning:
    'This is an example address. Please enter the address where your website provides the kit – if in doubt, ask your web administrators.',
  bundleLegend: 'Which file of the kit?',
  bundleAutoloader: 'koop-autoloader.js – loads only the widgets on the page (recommended)',
  bundleAll: 'koop.js – all widgets at once',
  snippetLabel: 'Snippet (HTML) to paste into your CMS',
  snippetMissingUrl: 'Please enter the address of the uploaded file first.',
  snippetNoDocument: 'Please give the data first (step 2).',
  copy: 'Copy snippet',
  copied: 'Copied. Paste the snippet into an HTML element in your CMS.',
  copyFallback: 'Copying was not possible. The snippet is selected – please copy it with Ctrl+C (Mac: ⌘+C).',
  bytes: (bytes) => size(bytes, 'en'),
  targetLegend: 'Where does the snippet go?',
  targetHtml: 'Into a web page or a CMS (HTML with a script tag)',
  targetBlock: 'WordPress with the Koop plugin: block',
  targetShortcode: 'WordPress with the Koop plugin: shortcode (classic editor, page builders)',
  wordpressHint:
    'The Koop plugin loads the kit itself; every role that may write posts can insert the block and the shortcode.',
  wordpressNeedsAddress:
    'WordPress needs the data as a file: upload it to the Media Library and enter its address (step 2).',
  blockLabel: 'Block to paste into the WordPress editor',
  shortcodeLabel: 'Shortcode to paste into WordPress',
  copiedBlock: 'Copied. Paste the block into the WordPress editor (Ctrl+V in an empty paragraph).',
  copiedShortcode: 'Copied. Paste the shortcode into the text in WordPress or into a Shortcode block.',
};

export const builderStrings: Record<Lang, BuilderStrings> = { de, en };
