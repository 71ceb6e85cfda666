import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** PGlite is single-process: the host marks its data folder so the CLI never opens it concurrently. */
const lockFile = (dataDir: string) => join(dataDir, 'host.pid');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of a live host using this folder, if any. */
export function runningHost(dataDir: string): number | null {
  if (!existsSync(lockFile(dataDir))) return null;
  const pid = Number.parseInt(readFileSync(lockFile(dataDir), 'utf8'), 10);
  return Number.isInteger(pid) && pid !== process.pid && alive(pid) ? pid : null;
}

export function claimDataDir(dataDir: string): () => void {
  const other = runningHost(dataDir);
  if (other !== null) throw new Error(`Another host (pid ${other}) is using ${dataDir}. Stop it first.`);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), String(process.pid));
  return () => rmSync(lockFile(dataDir), { force: true });
}
