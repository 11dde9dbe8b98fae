-- The capacity-building schema (¶4c). Ids are uuid, instants timestamptz, calendar dates date,
-- amounts numeric with their ISO 4217 currency beside them; enum columns hold readable lower
-- snake case text, limited by CHECK constraints. Agencies are the working group's: they are
-- referenced here by its ids only.

-- Projects: bilingual title and description, what they build, the statement paragraphs and
-- cooperation areas (cooperation.type.v1.CooperationAreaTag in lower snake case) they serve, the
-- lead agency, the IATI status and the dates. version grows with every change of the project or
-- its plan (optimistic concurrency). A project the working group agreed keeps its project id.
CREATE TABLE projects (
    id                    uuid        PRIMARY KEY,
    title_en              text        NOT NULL,
    title_bg              text        NOT NULL,
    description_en        text        NOT NULL,
    description_bg        text        NOT NULL,
    type                  text        NULL CHECK (type IN ('border_security_systems', 'surveillance_and_detection_equipment',
                              'document_examination', 'investigative_techniques', 'intelligence_collection_and_analysis',
                              'financial_investigation', 'root_causes', 'other')),
    statement_paragraphs  text[]      NOT NULL,
    cooperation_areas     text[]      NOT NULL,
    lead_agency_id        uuid        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('identification', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended')),
    status_reason         text        NULL,
    suspended_from        text        NULL,
    planned_start         date        NULL,
    planned_end           date        NULL CHECK (planned_end >= planned_start),
    actual_start          date        NULL,
    actual_end            date        NULL,
    decision_id           uuid        NULL,
    version               bigint      NOT NULL CHECK (version > 0),
    created_at            timestamptz NOT NULL,
    plan_approved_at      timestamptz NULL
);

CREATE INDEX ix_projects_created ON projects (created_at, id);
CREATE INDEX ix_projects_lead_agency ON projects (lead_agency_id);

-- Partners and beneficiaries of a project, in the order given.
CREATE TABLE project_agencies (
    project_id  uuid    NOT NULL REFERENCES projects (id),
    agency_id   uuid    NOT NULL,
    role        text    NOT NULL CHECK (role IN ('partner', 'beneficiary')),
    position    integer NOT NULL,
    PRIMARY KEY (project_id, agency_id)
);

CREATE INDEX ix_project_agencies_agency ON project_agencies (agency_id);

-- A project's phases in order, each with a start and a finish gate.
CREATE TABLE phases (
    id             uuid        PRIMARY KEY,
    project_id     uuid        NOT NULL REFERENCES projects (id),
    position       integer     NOT NULL,
    name           text        NOT NULL,
    planned_start  date        NOT NULL,
    planned_end    date        NOT NULL CHECK (planned_end >= planned_start),
    status         text        NOT NULL CHECK (status IN ('planned', 'active', 'closed')),
    started_at     timestamptz NULL,
    closed_at      timestamptz NULL,
    UNIQUE (project_id, position)
);

-- The criteria of the phases' gates and their sign-offs: who (the token's subject and agency),
-- when, and on what evidence. Open while signed_off_at is null.
CREATE TABLE gate_criteria (
    id                    uuid        PRIMARY KEY,
    phase_id              uuid        NOT NULL REFERENCES phases (id),
    gate                  text        NOT NULL CHECK (gate IN ('start', 'finish')),
    position              integer     NOT NULL,
    text                  text        NOT NULL,
    signed_off_by         text        NULL,
    signed_off_agency_id  uuid        NULL,
    signed_off_at         timestamptz NULL,
    evidence              text        NULL,
    CHECK ((signed_off_at IS NULL) = (signed_off_by IS NULL))
);

CREATE INDEX ix_gate_criteria_phase ON gate_criteria (phase_id, position);

-- Milestones and deliverables: due, achieved with evidence, or marked missed by the service.
CREATE TABLE milestones (
    id           uuid        PRIMARY KEY,
    project_id   uuid        NOT NULL REFERENCES projects (id),
    title        text        NOT NULL,
    due_on       date        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('pending', 'achieved', 'missed')),
    achieved_on  date        NULL,
    evidence     text        NULL,
    missed_at    timestamptz NULL,
    created_at   timestamptz NOT NULL,
    CHECK ((status = 'achieved') = (achieved_on IS NOT NULL))
);

CREATE INDEX ix_milestones_project ON milestones (project_id, due_on);

-- The missed-milestone claim looks only at pending milestones by due date.
CREATE INDEX ix_milestones_pending_due ON milestones (due_on) WHERE status = 'pending';

-- The approved plan's milestones, snapshot once when the plan is approved (projects.plan_approved_at).
CREATE TABLE baseline_milestones (
    project_id    uuid NOT NULL REFERENCES projects (id),
    milestone_id  uuid NOT NULL REFERENCES milestones (id),
    title         text NOT NULL,
    due_on        date NOT NULL,
    PRIMARY KEY (project_id, milestone_id)
);

-- Budgets (IATI): original or revised, indicative or committed, for a period of at most 12
-- months, an amount in its ISO 4217 currency with the value date. BGN only dated before the euro
-- changeover (1 January 2026).
CREATE TABLE budgets (
    id            uuid          PRIMARY KEY,
    project_id    uuid          NOT NULL REFERENCES projects (id),
    kind          text          NOT NULL CHECK (kind IN ('original', 'revised')),
    status        text          NOT NULL CHECK (status IN ('indicative', 'committed')),
    period_start  date          NOT NULL,
    period_end    date          NOT NULL CHECK (period_end >= period_start AND period_end < period_start + interval '12 months'),
    amount        numeric(18,2) NOT NULL CHECK (amount >= 0),
    currency      char(3)       NOT NULL,
    value_date    date          NOT NULL CHECK (currency <> 'BGN' OR value_date < date '2026-01-01'),
    created_at    timestamptz   NOT NULL
);

CREATE INDEX ix_budgets_project ON budgets (project_id, period_start);

-- Transactions (IATI): typed, a signed value in its currency on its value date.
CREATE TABLE transactions (
    id           uuid          PRIMARY KEY,
    project_id   uuid          NOT NULL REFERENCES projects (id),
    type         text          NOT NULL CHECK (type IN ('incoming_funds', 'outgoing_commitment', 'disbursement', 'expenditure',
                                   'interest_payment', 'loan_repayment', 'reimbursement', 'incoming_commitment')),
    value        numeric(18,2) NOT NULL CHECK (value <> 0),
    currency     char(3)       NOT NULL,
    value_date   date          NOT NULL CHECK (currency <> 'BGN' OR value_date < date '2026-01-01'),
    description  text          NOT NULL,
    created_at   timestamptz   NOT NULL
);

CREATE INDEX ix_transactions_project ON transactions (project_id, value_date, created_at);

-- The approved plan's budgets, snapshot once with its milestones.
CREATE TABLE baseline_budgets (
    project_id    uuid          NOT NULL REFERENCES projects (id),
    budget_id     uuid          NOT NULL REFERENCES budgets (id),
    kind          text          NOT NULL,
    status        text          NOT NULL,
    period_start  date          NOT NULL,
    period_end    date          NOT NULL,
    amount        numeric(18,2) NOT NULL,
    currency      char(3)       NOT NULL,
    value_date    date          NOT NULL,
    created_at    timestamptz   NOT NULL,
    PRIMARY KEY (project_id, budget_id)
);

-- The risk register (PRINCE2). Owners and actionees are the working group's official ids.
-- high_escalated and review_escalated_for make each escalation to the working group happen once.
CREATE TABLE risks (
    id                    uuid        PRIMARY KEY,
    project_id            uuid        NOT NULL REFERENCES projects (id),
    cause                 text        NOT NULL,
    event                 text        NOT NULL,
    effect                text        NOT NULL,
    category              text        NOT NULL CHECK (category IN ('strategic', 'operational', 'financial', 'legal', 'security', 'technical', 'political')),
    likelihood_before     integer     NOT NULL CHECK (likelihood_before BETWEEN 1 AND 5),
    impact_before         integer     NOT NULL CHECK (impact_before BETWEEN 1 AND 5),
    likelihood_after      integer     NULL CHECK (likelihood_after BETWEEN 1 AND 5),
    impact_after          integer     NULL CHECK (impact_after BETWEEN 1 AND 5),
    proximity             text        NOT NULL CHECK (proximity IN ('imminent', 'within_phase', 'within_project', 'beyond_project')),
    response              text        NOT NULL CHECK (response IN ('avoid', 'reduce', 'fallback', 'transfer', 'share', 'accept')),
    owner_official_id     uuid        NOT NULL,
    actionee_official_id  uuid        NULL,
    review_on             date        NOT NULL,
    status                text        NOT NULL CHECK (status IN ('open', 'materialised', 'closed')),
    hit_milestone_id      uuid        NULL REFERENCES milestones (id),
    created_at            timestamptz NOT NULL,
    reviewed_at           timestamptz NULL,
    high_escalated        boolean     NOT NULL DEFAULT false,
    review_escalated_for  date        NULL,
    CHECK ((likelihood_after IS NULL) = (impact_after IS NULL))
);

CREATE INDEX ix_risks_project ON risks (project_id);
CREATE INDEX ix_risks_review ON risks (review_on) WHERE status <> 'closed';

-- Results (IATI): outputs and outcomes, measured by indicators with a baseline, a target and an
-- actual per period.
CREATE TABLE results (
    id          uuid        PRIMARY KEY,
    project_id  uuid        NOT NULL REFERENCES projects (id),
    level       text        NOT NULL CHECK (level IN ('output', 'outcome')),
    title       text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE INDEX ix_results_project ON results (project_id, created_at);

CREATE TABLE result_indicators (
    id         uuid    PRIMARY KEY,
    result_id  uuid    NOT NULL REFERENCES results (id),
    position   integer NOT NULL,
    title      text    NOT NULL,
    unit       text    NOT NULL,
    ascending  boolean NOT NULL,
    baseline   numeric NOT NULL,
    target     numeric NOT NULL
);

CREATE INDEX ix_result_indicators_result ON result_indicators (result_id, position);

CREATE TABLE indicator_actuals (
    indicator_id  uuid    NOT NULL REFERENCES result_indicators (id),
    period_start  date    NOT NULL,
    period_end    date    NOT NULL CHECK (period_end >= period_start),
    value         numeric NOT NULL,
    PRIMARY KEY (indicator_id, period_start)
);
