/**
 * A QR code drawn as SVG: black modules on white, with the quiet zone kept
 * inside the drawing so a dark page around it cannot eat the border that
 * scanners need. It fills whatever box the caller gives it.
 */
import { useMemo } from 'react';
import { qrMatrix, qrPath, qrSide } from './qr-path';

export interface QrCodeProps {
  /** What the code holds (the room's join address). */
  readonly text: string;
  /** What it is, for screen readers ("QR code to join Team Blue"). */
  readonly label: string;
  readonly className?: string;
  readonly 'data-testid'?: string;
}

export function QrCode({ text, label, className, ...rest }: QrCodeProps) {
  // Making the matrix is the costly part; the address changes only when the room moves.
  const drawing = useMemo(() => {
    const matrix = qrMatrix(text);
    return { side: qrSide(matrix), path: qrPath(matrix) };
  }, [text]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${drawing.side} ${drawing.side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid={rest['data-testid']}
      data-qr-text={text}
    >
      <rect width={drawing.side} height={drawing.side} fill="#ffffff" />
      <path d={drawing.path} fill="#000000" />
    </svg>
  );
}
