// Supabase's edge runtime entry (see ../_shared/deno-serve.ts).
import handler from './handler.ts';
import { serve } from '../_shared/deno-serve.ts';

serve(handler);
