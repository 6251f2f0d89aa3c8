import { useEffect, useRef } from 'react'
import SignaturePad from 'signature_pad'

interface SignaturePadFieldProps {
  label: string
  /** Called with the drawing as a PNG data URL, or null once cleared. */
  onChange: (dataUrl: string | null) => void
}

/**
 * One signature pad: drawn with a mouse, a pen or a finger (pointer events), cleared with a real button. The canvas
 * is sized to the screen's pixel density so that the stroke stays sharp in the Word file.
 */
export function SignaturePadField({ label, onChange }: SignaturePadFieldProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  })

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { penColor: '#1f2a44', minWidth: 0.8, maxWidth: 2.4 })
    pad.addEventListener('endStroke', () =>
      onChangeRef.current(pad.isEmpty() ? null : pad.toDataURL('image/png'))
    )
    padRef.current = pad
    // The canvas gets its size once laid out (the dialog opens after mounting), and again on each resize; its
    // bitmap follows the screen's pixel density. Resizing clears a drawing, so the signer is told to draw again.
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const width = Math.round(canvas.offsetWidth * ratio)
      const height = Math.round(canvas.offsetHeight * ratio)
      if (width === 0 || (canvas.width === width && canvas.height === height)) return
      canvas.width = width
      canvas.height = height
      canvas.getContext('2d')?.scale(ratio, ratio)
      if (!pad.isEmpty()) onChangeRef.current(null)
      pad.clear()
    }
    const observer = new ResizeObserver(fit)
    observer.observe(canvas)
    return () => {
      observer.disconnect()
      pad.off()
    }
  }, [])

  return (
    <div className="signature-pad">
      <canvas ref={canvasRef} className="signature-pad-canvas" role="img" aria-label={label} />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => {
          padRef.current?.clear()
          onChange(null)
        }}
      >
        Effacer la signature
      </button>
    </div>
  )
}
