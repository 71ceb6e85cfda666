import type { ExportFormat } from '../../shared/api/exports.ts';
import type { CallLogRecord } from '../../shared/api/records.ts';

/** Spreadsheet apps run cells starting with these as formulas (CSV injection); a leading ' defuses them. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per piece of the record, so a consumer sees every value we hold in one table. */
function csvRows(record: CallLogRecord): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['record_id', 'kind', 'occurred_at', 'part', 'index', 'who', 'at', 'text'],
  ];
  const row = (part: string, index: number | string, who: string, at: string, text: string): void => {
    rows.push([record.id, record.kind, record.occurredAt, part, index, who, at, text]);
  };
  for (const [key, value] of Object.entries(record.contact)) if (value) row('contact', key, '', '', value);
  if (record.kind === 'call') {
    for (const [i, t] of record.transcript.entries())
      row('transcript', i, t.speaker, String(t.startMs), t.text);
  }
  if (record.kind === 'sms' || record.kind === 'chat') {
    for (const [i, m] of record.messages.entries()) row('message', i, m.sender, m.sentAt, m.text);
  }
  if (record.kind === 'form') {
    for (const [i, f] of record.fields.entries()) row('field', i, f.name, '', f.value);
  }
  return rows;
}

export function exportRecord(record: CallLogRecord, format: ExportFormat) {
  if (format === 'json') {
    return {
      filename: `${record.id}.json`,
      contentType: 'application/json',
      content: `${JSON.stringify(record, null, 2)}\n`,
    };
  }
  return {
    filename: `${record.id}.csv`,
    contentType: 'text/csv; charset=utf-8',
    content: `${csvRows(record)
      .map((r) => r.map(cell).join(','))
      .join('\r\n')}\r\n`,
  };
}
