// The date field: year, month and day (and time) as separate controls.
import { html, nothing } from 'lit';
import { attr, described, fieldId, labelText, type FormContext } from './field-base.js';
import { getAt, type Path } from './patch.js';
import type { EditorStrings } from './strings.js';

const months = (s: EditorStrings) =>
  s.months.map((name, i) => [String(i + 1).padStart(2, '0'), name] as const);

function daysIn(year: number, month: number): number {
  return Number.isFinite(year) && year > 0 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 31;
}
const PARTS = /^(\d*)(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:T(.*))?$/;

/** A date as year, month and day (and time): as precise as the format allows, nothing more. */
export function dateField(
  c: FormContext,
  path: Path,
  required: boolean,
  withTime: boolean,
  partial = !withTime,
) {
  const id = fieldId(path);
  const raw = getAt(c.document, path);
  const value = typeof raw === 'string' ? raw : '';
  const d = described(c, path, id);
  const parts = PARTS.exec(value);
  const label = labelText(c, path, required);
  // Month and day must be ones the selects offer.
  const fits =
    parts && Number(parts[2] ?? 1) >= 1 && Number(parts[2] ?? 1) <= 12 && Number(parts[3] ?? 1) <= 31;
  const typing = c.draft(path) !== undefined;
  if (
    typing ||
    (raw !== undefined && (typeof raw !== 'string' || !fits || (!withTime && parts![4] !== undefined)))
  ) {
    // Not something the fields can show: the value as it is, to correct by hand (and it stays
    // so while it is being typed, even once the fields could show it).
    return html`<div class="field">
      <label for=${id}>${label} (${c.s.dateRaw})</label>
      <input
        id=${id}
        .value=${c.draft(path) ?? (typeof raw === 'string' ? raw : JSON.stringify(raw))}
        aria-describedby=${attr(d.describedBy)}
        aria-invalid=${d.invalid ? 'true' : 'false'}
        @input=${(e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          c.setDraft(path, text);
          c.set(path, text || undefined, true);
        }}
        @change=${() => {
          c.setDraft(path, undefined);
          c.commit();
        }}
      />
      ${d.messages}
    </div>`;
  }
  const [, year = '', month = '', day = '', time] = parts ?? [];
  const write = (next: { year?: string; month?: string; day?: string; time?: string }) => {
    const y = next.year ?? c.draft([...path, 'year']) ?? year;
    const m = next.month ?? month;
    const dd = next.day ?? day;
    const t = next.time ?? time ?? '';
    let result = y;
    if (m) result += `-${m.padStart(2, '0')}`;
    if (m && dd) result += `-${dd.padStart(2, '0')}`;
    if (withTime && t) result += `T${t}`;
    c.set(path, result || undefined, true);
  };
  const days = daysIn(Number(year), Number(month));
  const describedBy = attr(d.describedBy);
  const invalid = d.invalid ? 'true' : 'false';
  return html`<fieldset class="field date" id=${id} tabindex="-1" aria-describedby=${describedBy}>
    <legend>${label}</legend>
    <div class="date-parts">
      <div>
        <label for="${id}-year">${c.s.year}</label>
        <input
          id="${id}-year"
          class="year"
          inputmode="numeric"
          maxlength="4"
          autocomplete="off"
          .value=${year}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @input=${(e: Event) => write({ year: (e.target as HTMLInputElement).value.trim() })}
          @change=${() => c.commit()}
        />
      </div>
      <div>
        <label for="${id}-month">${c.s.month}</label>
        <select
          id="${id}-month"
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${(e: Event) => write({ month: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!month}>${partial ? c.s.notGiven : c.s.choose}</option>
          ${months(c.s).map(([number, name]) => html`<option value=${number} ?selected=${month.padStart(2, '0') === number}>${name}</option>`)}
        </select>
      </div>
      <div>
        <label for="${id}-day">${c.s.day}</label>
        <select
          id="${id}-day"
          ?disabled=${!month}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${(e: Event) => write({ day: (e.target as HTMLSelectElement).value })}
        >
          <option value="" ?selected=${!day}>${partial ? c.s.notGiven : c.s.choose}</option>
          ${Array.from({ length: Math.max(days, Number(day) || 0) }, (_, i) =>
            String(i + 1).padStart(2, '0'),
          ).map(
            (number) =>
              html`<option value=${number} ?selected=${day.padStart(2, '0') === number}>
                ${Number(number)}
              </option>`,
          )}
        </select>
      </div>
      ${
        withTime
          ? html`<div>
              <label for="${id}-time">${c.s.time}</label>
              <input
                id="${id}-time"
                class="time"
                autocomplete="off"
                placeholder="hh:mm"
                .value=${time ?? ''}
                aria-describedby=${describedBy}
                aria-invalid=${invalid}
                @input=${(e: Event) => write({ time: (e.target as HTMLInputElement).value.trim() })}
                @change=${() => c.commit()}
              />
            </div>`
          : nothing
      }
    </div>
    ${d.messages}
  </fieldset>`;
}
