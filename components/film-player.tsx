type FilmPlayerProps = {
  videoUrl: string;
  posterUrl: string;
  /** One caption track per language; the first marked `isDefault` is on at the start. */
  captions: readonly { url: string; srcLang: string; label: string; isDefault: boolean }[];
  /** The chapter titles, in the page's language. */
  chapters: { url: string; srcLang: string };
  label: string;
  chaptersLabel: string;
  /** Shown by browsers that cannot play video, with the download link. */
  fallback: string;
  fallbackLinkText: string;
};

// A native video player: keyboard and screen reader support come from the
// browser, it never plays by itself, and captions are on by default.
export function FilmPlayer(props: FilmPlayerProps) {
  return (
    <div className="nhsuk-u-margin-bottom-5">
      {/* Full width, the height following the film's shape; no inline styles, for a strict CSP. */}
      <video className="nhsuk-u-width-full" controls preload="metadata" playsInline poster={props.posterUrl} aria-label={props.label}>
        <source src={props.videoUrl} type="video/mp4" />
        {props.captions.map((track) => (
          <track key={track.url} kind="captions" src={track.url} srcLang={track.srcLang} label={track.label} default={track.isDefault} />
        ))}
        <track kind="chapters" src={props.chapters.url} srcLang={props.chapters.srcLang} label={props.chaptersLabel} />
        <p>
          {props.fallback} <a href={props.videoUrl}>{props.fallbackLinkText}</a>
        </p>
      </video>
    </div>
  );
}
