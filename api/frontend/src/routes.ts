// The page's own routes are hash paths: #/ (plans), #/respite/{id}, #/holiday/{id}, #/whatif, #/whatif/{scenarioId}, #/sweep, #/sweep/{sweepId}.
import { useEffect, useState } from 'preact/hooks';

export function useRoute(): string[] {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return hash.replace(/^#\/?/, '').split('/').filter(Boolean);
}

export function navigate(path: string) {
  window.location.hash = path;
}
