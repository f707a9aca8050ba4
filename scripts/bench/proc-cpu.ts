/**
 * CPU time of one Chromium instance (its browser process and every descendant: renderers, the extension's
 * worker, GPU/network/storage utilities), read from /proc. The instance is found by its own
 * `--user-data-dir`, so other Chromium processes on a shared machine never count.
 *
 * Per process we take utime + stime + cutime + cstime: a renderer that exited after a navigation was reaped
 * by its parent (the zygote), whose c-times then hold it, so its CPU is not lost with it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { sleep } from './stats.ts';

/** Linux USER_HZ: /proc reports CPU time in 1/100 s on every platform Chromium runs this bench on. */
const TICK_MS = 10;

interface ProcStat { pid: number; ppid: number; ticks: number }

/** CPU ms by kind of process: browser, renderer (pages), extension (its worker / pages), network, storage, other. */
export type CpuByKind = Record<'browser' | 'renderer' | 'extension' | 'network' | 'storage' | 'other', number>;

function kindOf(pid: number, root: number): keyof CpuByKind {
  if (pid === root) return 'browser';
  let cmd = '';
  try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return 'other'; }
  if (cmd.includes('--type=renderer')) return cmd.includes('--extension-process') ? 'extension' : 'renderer';
  if (cmd.includes('--utility-sub-type=network.mojom.NetworkService')) return 'network';
  if (cmd.includes('--utility-sub-type=storage.mojom.StorageService')) return 'storage';
  return 'other';
}

function readStat(pid: number): ProcStat | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: fields are counted after the last ')'.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

function pids(): number[] {
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
}

/** The browser process started with this user-data-dir (null when not found, e.g. not Linux). */
export function browserPid(userDataDir: string): number | null {
  for (const pid of pids()) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes(`--user-data-dir=${userDataDir}\0`) && !cmd.includes('--type=')) return pid;
    } catch { /* gone */ }
  }
  return null;
}

/** CPU milliseconds used so far by the process tree under `root`. */
export function treeCpuMs(root: number): number {
  return treeStats(root).reduce((sum, s) => sum + s.ticks * TICK_MS, 0);
}

/** The same, by kind of process (a process's kind is read once from its command line). */
export function treeCpuByKind(root: number): CpuByKind {
  const out: CpuByKind = { browser: 0, renderer: 0, extension: 0, network: 0, storage: 0, other: 0 };
  for (const s of treeStats(root)) {
    let kind = kinds.get(s.pid);
    if (!kind) { kind = kindOf(s.pid, root); kinds.set(s.pid, kind); }
    out[kind] += s.ticks * TICK_MS;
  }
  return out;
}

const kinds = new Map<number, keyof CpuByKind>();

function treeStats(root: number): ProcStat[] {
  const stats = pids().map(readStat).filter((s): s is ProcStat => s !== null);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) {
    const list = children.get(s.ppid);
    if (list) list.push(s); else children.set(s.ppid, [s]);
  }
  const out: ProcStat[] = [];
  const todo = stats.filter((s) => s.pid === root);
  while (todo.length) {
    const s = todo.pop()!;
    out.push(s);
    todo.push(...(children.get(s.pid) ?? []));
  }
  return out;
}

/**
 * Wait until the instance is idle: less than `maxCpuMs` of CPU in each of two consecutive `windowMs`
 * windows, at least `minMs`, at most `maxMs`. After a load, the extension's own after-load work (the
 * observer's idle step, the recorder's writes, the content script's report) must finish here, inside its
 * own context's turn, and never land in the next context's measurement.
 */
export async function waitQuiet(root: number | null, opts: { minMs?: number; maxMs?: number; windowMs?: number; maxCpuMs?: number } = {}): Promise<number> {
  const { minMs = 150, maxMs = 4000, windowMs = 100, maxCpuMs = 4 } = opts;
  const start = Date.now();
  if (root === null) { await sleep(1000); return Date.now() - start; }
  await sleep(minMs);
  let last = treeCpuMs(root);
  let quiet = 0;
  while (Date.now() - start < maxMs) {
    await sleep(windowMs);
    const now = treeCpuMs(root);
    quiet = now - last <= maxCpuMs ? quiet + 1 : 0;
    last = now;
    if (quiet >= 2) break;
  }
  return Date.now() - start;
}
