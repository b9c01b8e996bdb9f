import { executeServerCommand } from '@web/test-runner-commands';

type Feature = { name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme'; value: string };

/** Emulates media features for the page (none: back to the defaults). */
export function emulateMediaFeatures(features: Feature[]): Promise<unknown> {
  return executeServerCommand('koop-emulate-media-features', { features });
}

/** Emulates the reader's time zone (an IANA name; undefined: back to the system's). */
export function emulateTimeZone(zone: string | undefined): Promise<unknown> {
  return executeServerCommand('koop-emulate-time-zone', { zone });
}
