import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

// Options are built per request so that environment validation never runs at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
