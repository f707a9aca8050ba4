/**
 * Global Privacy Control: `Sec-GPC: 1` on every request (two DNR modifyHeaders rules, see
 * core/optouts/rules gpcRules) and `navigator.globalPrivacyControl === true` in every frame (a MAIN-world
 * content script registered at run time, so that turning GPC off removes it from pages entirely and
 * per-site exceptions become `excludeMatches`). Re-applied whenever the settings change.
 */
import { exceptionMatchPatterns, gpcRules, GPC_RULE_IDS, type DnrFlavor, type DnrRule } from '../core/optouts/rules';

export const GPC_SCRIPT_ID = 'fineprint-gpc';

export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  world?: 'ISOLATED' | 'MAIN';
  persistAcrossSessions?: boolean;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface GpcDeps {
  dnr: { updateDynamicRules(o: { removeRuleIds?: number[]; addRules?: DnrRule[] }): Promise<void> };
  scripting: ScriptingApi;
  /** Path of the built MAIN-world script inside the extension (entrypoints/gpc.content.ts). */
  scriptFile: string;
  log?: (m: string) => void;
  /** Firefox's DNR rejects Chrome-only resource types (core/optouts/rules FIREFOX_SUBRESOURCE_TYPES). */
  flavor?: DnrFlavor;
}

export class GpcController {
  private chain: Promise<unknown> = Promise.resolve();
  /** What the rules and the script last were made to match; undefined after a failure or in a new worker. */
  private applied: string | undefined;

  constructor(private readonly deps: GpcDeps) {}

  /** Makes the header rules and the page script match the settings. Serialized: the last call wins. */
  apply(s: { gpcEnabled: boolean; gpcExceptions: string[] }): Promise<void> {
    const run = this.chain.then(() => this.applyNow(s));
    this.chain = run.catch((e) => this.deps.log?.(`[gpc] ${String(e)}`));
    return run;
  }

  /**
   * Resolves once every apply() asked for so far has finished. The popup reads the opt-out state after
   * this, so "GPC is on" is never shown (or acted on by a reload) while the page script is not registered yet.
   */
  async settled(): Promise<void> {
    await this.chain;
  }

  private async applyNow(s: { gpcEnabled: boolean; gpcExceptions: string[] }): Promise<void> {
    // One toggle reaches us twice (the message handler and the settings listener). Re-registering the same
    // script would open a window with no script at all, and a page loaded in it would miss the property.
    const key = JSON.stringify([s.gpcEnabled, [...s.gpcExceptions].sort(), this.deps.scriptFile]);
    if (key === this.applied) return;
    this.applied = undefined;
    await this.deps.dnr.updateDynamicRules({
      removeRuleIds: [GPC_RULE_IDS.subresources, GPC_RULE_IDS.navigations],
      addRules: gpcRules(s.gpcEnabled, s.gpcExceptions, this.deps.flavor),
    });
    const { scripting } = this.deps;
    const registered = await scripting.getRegisteredContentScripts({ ids: [GPC_SCRIPT_ID] });
    if (registered.length) await scripting.unregisterContentScripts({ ids: [GPC_SCRIPT_ID] });
    if (!s.gpcEnabled) { this.applied = key; return; }
    const exclude = exceptionMatchPatterns(s.gpcExceptions);
    const script: RegisteredScript = {
      id: GPC_SCRIPT_ID,
      js: [this.deps.scriptFile],
      matches: ['http://*/*', 'https://*/*'],
      ...(exclude.length ? { excludeMatches: exclude } : {}),
      allFrames: true,
      // about:blank / srcdoc frames inherit their creator's origin: they must see the signal too.
      matchOriginAsFallback: true,
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    };
    try {
      await scripting.registerContentScripts([script]);
    } catch (error) {
      // Older Firefox rejects matchOriginAsFallback; about:blank frames then miss the property, headers still apply.
      this.deps.log?.(`[gpc] register failed (${String(error)}), retrying without matchOriginAsFallback`);
      const { matchOriginAsFallback: _m, ...rest } = script;
      await scripting.registerContentScripts([rest]);
    }
    this.applied = key;
  }
}
