import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/open.ts';
import { agentSessions, agents } from '../db/schema.ts';
import { newSessionSecret, sha256 } from './secrets.ts';

export const SESSION_COOKIE = 'ql_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Returns the cookie value; the database keeps only its hash. */
export async function createSession(db: Db, agentId: string, now: Date): Promise<string> {
  const secret = newSessionSecret();
  // Expired sessions are useless; clearing them at login keeps the table small without a job.
  await db.delete(agentSessions).where(lt(agentSessions.expiresAt, now));
  await db.insert(agentSessions).values({
    tokenHash: sha256(secret),
    agentId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return secret;
}

export async function findSessionAgent(db: Db, secret: string, now: Date) {
  const [row] = await db
    .select({ id: agents.id, email: agents.email, name: agents.name })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(eq(agentSessions.tokenHash, sha256(secret)), gt(agentSessions.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function deleteSession(db: Db, secret: string): Promise<void> {
  await db.delete(agentSessions).where(eq(agentSessions.tokenHash, sha256(secret)));
}
