// Edit mode's code loads only when a draft is opened (it is not preloaded after the first draw: most visitors never edit).
import { lazy, Suspense, type ComponentProps } from 'react';
import { withStrings } from '../i18n';

const LazyEditHost = lazy(() => withStrings(import('./EditHost')).then((m) => ({ default: m.EditHost })));

/** Edit mode's root (ui/edit/EditHost.tsx), loaded on first render. */
export function EditHost(props: ComponentProps<typeof LazyEditHost>) {
  return (
    <Suspense fallback={null}>
      <LazyEditHost {...props} />
    </Suspense>
  );
}
