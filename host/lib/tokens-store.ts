import { and, eq, isNull, lt, or } from 'drizzle-orm';
import * as z from 'zod';
import { type CreatedToken, TokenScope } from '../../shared/api/auth.ts';
import type { Db } from '../db/open.ts';
import { agents, apiTokens } from '../db/schema.ts';
import type { AgentPrincipal } from './deps.ts';
import { newId } from './ids.ts';
import { newApiToken, sha256 } from './secrets.ts';

const StoredScopes = z.array(TokenScope);

/** Mints a token; only its hash is stored, so the returned value is the one chance to see it. */
export async function createApiToken(
  db: Db,
  input: { agentId: string; name: string; scopes: TokenScope[]; now: Date },
): Promise<CreatedToken> {
  const token = newApiToken();
  const id = newId('tok');
  const scopes = [...new Set(input.scopes)];
  await db.insert(apiTokens).values({
    id,
    agentId: input.agentId,
    name: input.name,
    tokenHash: sha256(token),
    scopes,
    createdAt: input.now,
  });
  return { id, name: input.name, token, scopes, createdAt: input.now.toISOString() };
}

/** Resolves a Bearer token to its agent and scopes, or null when unknown or revoked. */
export async function resolveApiToken(db: Db, token: string, now: Date): Promise<AgentPrincipal | null> {
  const [row] = await db
    .select({
      id: apiTokens.id,
      scopes: apiTokens.scopes,
      lastUsedAt: apiTokens.lastUsedAt,
      agentId: agents.id,
      email: agents.email,
      name: agents.name,
    })
    .from(apiTokens)
    .innerJoin(agents, eq(agents.id, apiTokens.agentId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Touch last_used_at at most once a minute: a busy extension should not write on every read.
  const stale = new Date(now.getTime() - 60_000);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))));
  return {
    agentId: row.agentId,
    email: row.email,
    name: row.name,
    tokenId: row.id,
    scopes: StoredScopes.parse(row.scopes),
  };
}
