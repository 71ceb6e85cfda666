import { detect } from '../../shared/pii/detect.ts';
import type { PiiLabel } from './labels.ts';
import type { Detector } from './scan/page-scanner.ts';

/** The shared engine narrowed to the labels the agent chose to see. */
export function createDetector(labels: readonly PiiLabel[]): Detector {
  const options = { labels: [...labels] };
  return (text) => detect(text, options);
}
