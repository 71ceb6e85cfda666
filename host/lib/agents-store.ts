import { eq } from 'drizzle-orm';
import type { Agent } from '../../shared/api/auth.ts';
import type { Db } from '../db/open.ts';
import { agents } from '../db/schema.ts';
import { newId } from './ids.ts';
import { hashPassword, verifyPassword } from './secrets.ts';

export async function findAgentByEmail(db: Db, email: string) {
  const [row] = await db.select().from(agents).where(eq(agents.email, email.trim().toLowerCase())).limit(1);
  return row;
}

export async function createAgent(
  db: Db,
  input: { email: string; name: string; password: string },
): Promise<Agent> {
  const id = newId('agt');
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  await db.insert(agents).values({ id, email, name: input.name, passwordHash });
  return { id, email, name: input.name };
}

export async function setAgentPassword(db: Db, agentId: string, password: string): Promise<void> {
  await db
    .update(agents)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(agents.id, agentId));
}

/** Returns the agent when the password matches; the same null for unknown email and wrong password. */
export async function checkLogin(db: Db, email: string, password: string): Promise<Agent | null> {
  const row = await findAgentByEmail(db, email);
  if (!row) {
    // Hash anyway so response time does not reveal which emails have accounts.
    await hashPassword(password);
    return null;
  }
  if (!(await verifyPassword(row.passwordHash, password))) return null;
  return { id: row.id, email: row.email, name: row.name };
}
