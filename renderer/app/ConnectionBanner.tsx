/**
 * A banner across the top while a browser has lost its connection to the
 * host, so nobody keeps working into the void.
 */
import { useClient } from '../api/client-context';
import { useConnection } from './use-connection';

export function ConnectionBanner() {
  const client = useClient();
  const connection = useConnection();
  if (connection === 'reconnecting') {
    return (
      <div className="connection-banner" role="alert" data-testid="reconnecting">
        Reconnecting… The connection to the workshop host dropped. Changes will be possible again as soon as it is back.
      </div>
    );
  }
  if (connection === 'refused') {
    return (
      <div className="connection-banner connection-refused" role="alert">
        {client.refusalMessage ?? 'The workshop host refused this page.'}
      </div>
    );
  }
  return null;
}
