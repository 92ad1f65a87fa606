import type { TrackedRequest } from './schema';

/**
 * Where a request went, as one line for a letter's history, the calendar and the dashboard: the
 * e-mail address, else the web form's address, else the postal address with its lines joined.
 */
export function sentTo(request: Pick<TrackedRequest, 'recipient' | 'channel'>): string {
  const { channel } = request;
  if (channel.kind === 'web-form') {
    return request.recipient ?? channel.url;
  }
  if (channel.kind === 'postal') {
    return (
      request.recipient ??
      channel.address
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(', ')
    );
  }
  return request.recipient ?? '';
}
