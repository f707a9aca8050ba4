/**
 * The one scenario list both browser harnesses run (tests/e2e/journeys/chromium.test.ts and firefox.test.ts):
 * the journeys a person takes with Fineprint, each asserting the same things in Chromium and in Firefox
 * except where a scenario names a Firefox difference (docs/firefox.md lists them all).
 */
import type { Journey } from './context';
import { recordsScenario } from './records.scenario';
import { popupScenario } from './popup.scenario';
import { gpcScenario } from './gpc.scenario';
import { blockScenario } from './block.scenario';
import { functionalScenario } from './functional.scenario';
import { consentScenario } from './consent.scenario';
import { optoutsScenario } from './optouts.scenario';
import { dashboardScenario } from './dashboard.scenario';
import { suspendScenario } from './suspend.scenario';
import { privateScenario } from './private.scenario';

export const SCENARIOS = [recordsScenario, popupScenario, gpcScenario, blockScenario, functionalScenario, optoutsScenario, consentScenario, dashboardScenario, suspendScenario, privateScenario];

export function registerScenarios(j: Journey): void {
  for (const scenario of SCENARIOS) scenario(j);
}
