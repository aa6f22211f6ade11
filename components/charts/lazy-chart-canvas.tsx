'use client';

/**
 * The chart drawing, loaded and drawn only when its card comes near the viewport (issue 10): recharts is a chunk of
 * its own that a dashboard downloads when the first chart is about to be seen, and each chart hydrates its SVG
 * only then, so opening a dashboard of fifteen charts is not one long task. The box keeps the chart's height from
 * the start (no layout shift); the table beside every chart is server-rendered and readable before any of this.
 */
import dynamic from 'next/dynamic';
import { startTransition, useEffect, useRef, useState } from 'react';
import type { ChartData } from '@/lib/statistics/dashboard/chart-data';

const StatChartCanvas = dynamic(() => import('./stat-chart-canvas').then((m) => m.StatChartCanvas), {
  ssr: false,
  loading: () => null,
});

/** How far below the viewport a chart starts loading: about one screen of scrolling ahead. */
const AHEAD = '600px 0px';

export function LazyChartCanvas({ data, height }: { data: ChartData; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // A transition: React renders the charts that come into view together in short slices that yield to the
    // browser, instead of one long task.
    const show = () => startTransition(() => setNear(true));
    if (typeof IntersectionObserver === 'undefined') {
      show();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          show();
          observer.disconnect();
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} style={{ minHeight: height }}>
      {near && <StatChartCanvas data={data} height={height} />}
    </div>
  );
}
