import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * `next/link` without prefetching. Every page here is rendered per user on request, so a prefetch is a whole server
 * render of the page (Next sent two per visible link: 14–24 per page view, measured) that is mostly never used.
 * Navigation stays client-side; the page is fetched when the link is followed.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
