// The block's own words, German and English; the option labels and the data check's messages
// are the snippet builder's (demo/builder/), so editors read the same words in both.
import type { Lang } from '@koop/kit/snippet.js';

export const blockStrings = {
  de: {
    widgetPanel: 'Widget',
    widgetLabel: 'Was soll das Widget zeigen?',
    severalLegend: 'Welche Widgets? (in dieser Reihenfolge)',
    documentPanel: 'Daten',
    fromLibrary: 'Aus der Mediathek wählen',
    replaceFromLibrary: 'Andere Datei aus der Mediathek',
    orAddress: 'Adresse einer Koop-Datei (JSON)',
    apply: 'Übernehmen und prüfen',
    checkPanel: 'Datenprüfung',
    optionsPanel: 'Einstellungen',
    fallbackPanel: 'Link für Lesende ohne JavaScript',
    fallbackText: 'Text des Links',
    fallbackTextHint: 'Steht im Widget, bis es die Daten zeigt, und für alle, bei denen es nicht lädt.',
    fallbackTextDefault: 'Die Daten der Kooperation (JSON)',
    fallbackUrl: 'Ziel des Links',
    fallbackUrlHint: 'Leer: die Datei selbst. Oder z. B. eine Seite mit dem Bericht als PDF.',
    placeholder:
      'Welche Koop-Datei soll das Widget zeigen? Geben Sie sie in der Seitenleiste unter „Daten“ an.',
    preview: 'Vorschau des Widgets',
  },
  en: {
    widgetPanel: 'Widget',
    widgetLabel: 'What should the widget show?',
    severalLegend: 'Which widgets? (in this order)',
    documentPanel: 'Data',
    fromLibrary: 'Choose from the Media Library',
    replaceFromLibrary: 'Another file from the Media Library',
    orAddress: 'Address of a koop file (JSON)',
    apply: 'Apply and check',
    checkPanel: 'Data check',
    optionsPanel: 'Settings',
    fallbackPanel: 'Link for readers without JavaScript',
    fallbackText: 'Text of the link',
    fallbackTextHint:
      'Shown in the widget until it shows the data, and to everyone for whom it does not load.',
    fallbackTextDefault: 'The data of the cooperation (JSON)',
    fallbackUrl: 'Where the link goes',
    fallbackUrlHint: 'Empty: the file itself. Or e.g. a page with the report as a PDF.',
    placeholder: 'Which koop file should the widget show? Give it in the sidebar under “Data”.',
    preview: 'Preview of the widget',
  },
} satisfies Record<Lang, Record<string, string>>;
