// A postal address as lines in one paragraph, as NHS.UK pages print addresses.
export function AddressLines({ lines, testId }: { lines: readonly string[]; testId?: string }) {
  return (
    <p data-testid={testId}>
      {lines.map((line, index) => (
        <span key={line}>
          {line}
          {index < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </p>
  );
}
