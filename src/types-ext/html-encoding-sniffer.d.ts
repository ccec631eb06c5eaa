declare module 'html-encoding-sniffer' {
  /** The HTML Standard's encoding sniffing: BOM, transport label, `<meta>` prescan, else `defaultEncoding`. */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
