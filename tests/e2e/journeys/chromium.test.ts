/** The shared journeys (scenarios.ts) in real Chromium with the Chrome build, one session for all of them. */
import { describe } from 'vitest';
import { useJourneySession } from './context';
import { registerScenarios } from './scenarios';

describe('journeys in Chromium', () => {
  registerScenarios(useJourneySession('chromium'));
});
