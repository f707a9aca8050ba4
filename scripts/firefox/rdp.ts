/**
 * A minimal client of Firefox's devtools Remote Debugging Protocol — the one about:debugging speaks — used
 * for the one thing WebDriver BiDi cannot do in Firefox ESR: terminate the extension's MV3 event page, as
 * Firefox does by itself after 30 s idle ("Terminate background script" in about:debugging). Packets are
 * `<byte length>:<JSON>`; every request gets one reply from the actor it was sent to.
 */
import { connect, createServer, type Socket } from 'node:net';

interface Packet { from?: string; error?: string; message?: string; [key: string]: unknown }

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private readonly waiting: ((p: Packet) => void)[] = [];
  private readonly queued: Packet[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => { this.buffer = Buffer.concat([this.buffer, chunk]); this.drain(); });
  }

  /** Connects, retrying while Firefox starts its server, and reads the greeting. */
  static async connect(port: number, timeoutMs = 10_000): Promise<RdpClient> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = connect(port, '127.0.0.1');
        await new Promise<void>((resolve, reject) => { socket.once('connect', () => resolve()); socket.once('error', reject); });
        const client = new RdpClient(socket);
        await client.next();
        return client;
      } catch (error) {
        if (Date.now() > end) throw new Error(`[rdp] no devtools server on port ${port}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  private drain(): void {
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      const waiter = this.waiting.shift();
      if (waiter) waiter(packet); else this.queued.push(packet);
    }
  }

  private next(): Promise<Packet> {
    const packet = this.queued.shift();
    return packet ? Promise.resolve(packet) : new Promise((resolve) => this.waiting.push(resolve));
  }

  async request(to: string, type: string): Promise<Packet> {
    const body = Buffer.from(JSON.stringify({ to, type }), 'utf8');
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    const reply = await this.next();
    if (reply.error) throw new Error(`[rdp] ${type}: ${reply.error} ${reply.message ?? ''}`);
    return reply;
  }

  /** Terminates the add-on's event page (the next extension event starts it again). */
  async terminateBackground(addonId: string): Promise<void> {
    const { addons } = await this.request('root', 'listAddons') as { addons?: { id: string; actor: string }[] };
    const addon = addons?.find((a) => a.id === addonId);
    if (!addon) throw new Error(`[rdp] add-on ${addonId} is not installed`);
    await this.request(addon.actor, 'terminateBackgroundScript');
  }

  close(): void { this.socket.destroy(); }
}

/** A TCP port free right now on 127.0.0.1 (for Firefox's `--start-debugger-server`, which needs a number). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
