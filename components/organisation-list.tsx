export type OrganisationListGroup = {
  heading: string;
  id: string;
  types: readonly {
    heading: string;
    organisations: readonly { key: string; name: string; joined: string }[];
  }[];
};

type OrganisationListProps = {
  groups: readonly OrganisationListGroup[];
  /** Shown when no organisation has joined yet. */
  emptyText: string;
};

/** Organisations grouped by borough (h3) and type (h4), each with its joining date. */
export function OrganisationList({ groups, emptyText }: OrganisationListProps) {
  if (groups.length === 0) return <p>{emptyText}</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <h3 id={group.id}>{group.heading}</h3>
          {group.types.map((type) => (
            <div key={type.heading}>
              <h4>{type.heading}</h4>
              <ul>
                {type.organisations.map((organisation) => (
                  <li key={organisation.key}>
                    {organisation.name}
                    <br />
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">{organisation.joined}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
