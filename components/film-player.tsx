type FilmPlayerProps = {
  videoUrl: string;
  posterUrl: string;
  captionsUrl: string;
  chaptersUrl: string;
  label: string;
  captionsLabel: string;
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
        <track kind="captions" src={props.captionsUrl} srcLang="en" label={props.captionsLabel} default />
        <track kind="chapters" src={props.chaptersUrl} srcLang="en" label={props.chaptersLabel} />
        <p>
          {props.fallback} <a href={props.videoUrl}>{props.fallbackLinkText}</a>
        </p>
      </video>
    </div>
  );
}
