import * as z from 'zod';
import { HttpError } from './http-error.ts';

const Position = z.object({ t: z.iso.datetime({ offset: true }), id: z.string().min(1).max(60) });
export type CursorPosition = z.infer<typeof Position>;

/** Cursors are opaque to clients: base64url JSON of the last item's sort key. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = Position.safeParse(json);
  if (!parsed.success) {
    throw new HttpError(400, 'validation_failed', 'The cursor is not valid.', {
      issues: [{ path: 'cursor', message: 'Pass back a nextCursor value unchanged.' }],
    });
  }
  return parsed.data;
}
