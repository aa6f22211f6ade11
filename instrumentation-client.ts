// Runs in the browser before the app's code (Next.js instrumentation hook).
import { z } from 'zod';

// zod probes `new Function` once to decide whether to compile fast parsers; under our CSP (no 'unsafe-eval')
// the probe is refused and the browser reports a CSP violation. Tell zod up front not to try.
z.config({ jitless: true });
