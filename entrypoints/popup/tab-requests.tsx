import { SiteRequests } from '@/components/site-requests/SiteRequests';
import { requestsForSite } from '@/lib/app/ledger-service';
import { createLedger } from '@/lib/ui/create-ledger';

/** The requests already sent to this site. Loaded with import(): it needs the ledger and deadlines. */
export default function TabRequests(props: { url: string; today: string }) {
  const ledger = createLedger();
  return (
    <SiteRequests requests={requestsForSite(ledger.requests(), props.url)} today={props.today} />
  );
}
