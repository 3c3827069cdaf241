/**
 * The parts of the app only some pages use, each fetched when first drawn:
 * the library, the projector's page and the sealed ballot (a page is one
 * of them at a time), and the facilitator's room, projector and history
 * controls. A phone in the room never downloads the facilitator's tools.
 * Each waits in a boundary of its own, so a control arriving a moment late
 * never blanks the page around it.
 */
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { HistoryDialog as HistoryDialogType } from '../features/history/HistoryDialog';
import type { LibraryScreen as LibraryScreenType } from '../features/library/LibraryScreen';
import type { ProjectorButton as ProjectorButtonType } from '../features/present/ProjectorButton';
import type { RoomControl as RoomControlType } from '../features/room/RoomControl';
import type { SealedBallot as SealedBallotType } from '../features/voting/seal/SealedBallot';
import type { ProjectorRoute as ProjectorRouteType } from './ProjectorRoute';

const LazyLibrary = lazy(() => import('../features/library/LibraryScreen').then((m) => ({ default: m.LibraryScreen })));
const LazyProjector = lazy(() => import('./ProjectorRoute').then((m) => ({ default: m.ProjectorRoute })));
const LazyRoomControl = lazy(() => import('../features/room/RoomControl').then((m) => ({ default: m.RoomControl })));
const LazyProjectorButton = lazy(() => import('../features/present/ProjectorButton').then((m) => ({ default: m.ProjectorButton })));
const LazySealedBallot = lazy(() => import('../features/voting/seal/SealedBallot').then((m) => ({ default: m.SealedBallot })));
const LazyHistory = lazy(() => import('../features/history/HistoryDialog').then((m) => ({ default: m.HistoryDialog })));

/** What a whole page shows while its screen's file arrives (a moment, from this computer or the room's). */
function PageOpening() {
  return (
    <main className="app-connecting">
      <p className="muted" role="status">
        Opening…
      </p>
    </main>
  );
}

function Page({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<PageOpening />}>{children}</Suspense>;
}

function Control({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

export function LibraryScreen(props: ComponentProps<typeof LibraryScreenType>) {
  return <Page><LazyLibrary {...props} /></Page>;
}

export function ProjectorRoute(props: ComponentProps<typeof ProjectorRouteType>) {
  return <Page><LazyProjector {...props} /></Page>;
}

export function RoomControl(props: ComponentProps<typeof RoomControlType>) {
  return <Control><LazyRoomControl {...props} /></Control>;
}

export function ProjectorButton(props: ComponentProps<typeof ProjectorButtonType>) {
  return <Control><LazyProjectorButton {...props} /></Control>;
}

export function HistoryDialog(props: ComponentProps<typeof HistoryDialogType>) {
  return <Control><LazyHistory {...props} /></Control>;
}

export function SealedBallot(props: ComponentProps<typeof SealedBallotType>) {
  return <Page><LazySealedBallot {...props} /></Page>;
}
