// SPDX-License-Identifier: Apache-2.0
// The built-in `physician-leadership` model: from medical school to the four
// Chief Medical Officer settings, built in code from the two seed texts in
// shared/seeds/. docs/physician-leadership.md explains every modelling choice
// and the seed passage it rests on; the `extensions` of each element carry a
// short quote of that passage so that an exported model still says where it
// comes from.
//
// Units, fixed here once for the whole model:
//  - effort: about one week (40 hours) of focused work beyond the duties of the
//    role the person holds while doing it (study, coursework, exams, projects,
//    a job search);
//  - years: calendar years. Training credentials earned *inside* a role
//    (MD/DO in medical school, residency, fellowship) have years 0: their time
//    is the tenure on the transition out of that role, so it is never counted
//    twice and it accrues as clinical experience where it should.
#include <careergraph/builtin.hpp>
#include <careergraph/model_builder.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careergraph {
namespace {

constexpr std::string_view career_path_txt = "cmo-career-path.txt";
constexpr std::string_view cmo_role_txt = "cmo-role.txt";

// Extensions must be compact JSON exactly as the JSON writer would print it;
// the quotes below are plain ASCII, so escaping quotes and backslashes suffices.
std::string json_string(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

/// The seed file an element comes from and the short phrase that justifies it.
extensions cite(std::string_view source, std::string_view quote) {
    return extensions{"{\"quote\":" + json_string(quote) + ",\"source\":" + json_string(source) + "}"};
}

/// Elements the seeds imply but do not name (documented as modelling additions).
extensions addition(std::string_view why) {
    return extensions{"{\"note\":" + json_string(why) + ",\"source\":\"modelling addition\"}"};
}

// ---- competencies ---------------------------------------------------------------------

competency area(std::string_view id, std::string_view name, std::string_view description) {
    return competency{.id = competency_id{std::string(id)},
                      .name = std::string(name),
                      .description = std::string(description)};
}

competency skill(std::string_view id, std::string_view parent, std::string_view name,
                 std::string_view description, double effort_per_level, extensions ext) {
    return competency{.id = competency_id{std::string(id)},
                      .name = std::string(name),
                      .description = std::string(description),
                      .parent = competency_id{std::string(parent)},
                      .effort_per_level = effort_per_level,
                      .extensions = std::move(ext)};
}

// ---- requirement items ----------------------------------------------------------------

/// An essential competency requirement: the role cannot be held without it.
competency_requirement must(std::string_view id, double level, double weight = 1.0) {
    return {.competency = competency_id{std::string(id)}, .level = level, .weight = weight,
            .essential = true};
}

/// A valued but non-essential competency requirement.
competency_requirement want(std::string_view id, double level, double weight = 1.0) {
    return {.competency = competency_id{std::string(id)}, .level = level, .weight = weight,
            .essential = false};
}

std::vector<credential_id> credential_ids(std::initializer_list<std::string_view> ids) {
    std::vector<credential_id> out;
    out.reserve(ids.size());
    for (auto id : ids) out.emplace_back(std::string(id));
    return out;
}

credential_requirement require_any(std::initializer_list<std::string_view> ids, double weight = 1.0) {
    return {.any_of = credential_ids(ids), .weight = weight, .essential = true};
}

credential_requirement prefer_any(std::initializer_list<std::string_view> ids, double weight = 1.0) {
    return {.any_of = credential_ids(ids), .weight = weight, .essential = false};
}

/// Years in every role carrying `tag` (essential: the seeds state them as thresholds).
experience_requirement years_tagged(std::string_view tag, double years, double weight = 1.0) {
    return {.tags = {std::string(tag)}, .years = years, .weight = weight, .essential = true};
}

// The management-degree alternatives of the seeds: "MBA ... MHA ... MMM ... CPE".
const std::initializer_list<std::string_view> management = {"mba", "mha", "mmm", "cpe"};

/// The physician's base credentials: MD or DO (always essential), the license and
/// board certification (essential for anyone who practises).
std::vector<credential_requirement> physician(bool license_essential, bool board_essential) {
    std::vector<credential_requirement> out;
    out.push_back(require_any({"md", "do"}, 2.0));
    out.push_back({.any_of = credential_ids({"medical-license"}), .weight = 1.5,
                   .essential = license_essential});
    out.push_back({.any_of = credential_ids({"board-certification"}), .weight = 1.5,
                   .essential = board_essential});
    return out;
}

std::vector<credential_requirement> physician_plus(bool license_essential, bool board_essential,
                                                   std::initializer_list<credential_requirement> more) {
    auto out = physician(license_essential, board_essential);
    out.insert(out.end(), more.begin(), more.end());
    return out;
}

// ---- credentials ----------------------------------------------------------------------

credential make_credential(std::string_view id, std::string_view name, credential_kind kind,
                           double effort, double years,
                           std::initializer_list<std::string_view> prerequisites,
                           std::optional<double> valid_years, extensions ext) {
    return credential{.id = credential_id{std::string(id)},
                      .name = std::string(name),
                      .kind = kind,
                      .effort = effort,
                      .years = years,
                      .prerequisites = credential_ids(prerequisites),
                      .valid_years = valid_years,
                      .extensions = std::move(ext)};
}

transition step(std::string_view from, std::string_view to, double years, double effort) {
    return transition{.from = role_id{std::string(from)}, .to = role_id{std::string(to)},
                      .years = years, .effort = effort};
}

void add_competencies(model_builder& b) {
    const auto path = career_path_txt;
    const auto cmo = cmo_role_txt;

    // Areas: the taxonomy's roots. Roles require leaves only; an area groups them.
    b.add(area("clinical", "Clinical expertise", "The medical foundation: patient care and its evidence base."));
    b.add(area("quality", "Quality and patient safety", "Measuring, improving and safeguarding care."));
    b.add(area("governance", "Clinical governance and medical staff", "The structures that guide and hold the medical staff to account."));
    b.add(area("utilization", "Utilization and medical policy", "Using resources and coverage rules to make care appropriate and affordable."));
    b.add(area("finance", "Financial management", "Business acumen for healthcare economics."));
    b.add(area("strategy", "Strategy and operations", "Vision, planning, operations and organisational change."));
    b.add(area("regulatory", "Regulatory compliance", "The rules and accreditation that govern care, data and drugs."));
    b.add(area("research", "Clinical research and product development", "Trials, drug safety and new products."));
    b.add(area("population", "Population and public health", "The health of whole populations rather than one patient."));
    b.add(area("data", "Data and technology", "Analytics and clinical information systems."));
    b.add(area("people", "People leadership", "Communication and leading, developing and caring for clinicians."));
    b.add(area("executive", "Executive presence", "Governance-level communication and the executive network."));

    b.add(skill("clinical.patient-care", "clinical", "Patient care and clinical judgment",
                "Diagnosing and treating patients; the credibility the medical staff respects.", 6,
                cite(cmo, "a deep understanding of patient care")));
    b.add(skill("clinical.hospital-medicine", "clinical", "Hospital (inpatient) medicine",
                "Care of acutely ill inpatients across services: the hospitalist's specialty.", 4,
                cite(cmo, "within an acute care setting")));
    b.add(skill("clinical.specialty", "clinical", "Specialty and therapeutic-area expertise",
                "Depth in one specialty, usually from a fellowship.", 6,
                cite(cmo, "often a specialty fellowship")));
    b.add(skill("clinical.ebm", "clinical", "Evidence-based medicine",
                "Appraising and applying evidence to individual and system decisions.", 2,
                cite(path, "the practical application of evidence-based medicine")));

    b.add(skill("quality.improvement", "quality", "Quality improvement methods",
                "Measuring and enhancing care processes (PDSA, Lean, KPI monitoring).", 3,
                cite(path, "methodologies for measuring and enhancing care processes")));
    b.add(skill("quality.patient-safety", "quality", "Patient safety and root cause analysis",
                "Safety programmes, adverse-event review and root cause analysis.", 3,
                cite(cmo, "root cause analyses of adverse events")));
    b.add(skill("quality.risk-management", "quality", "Risk management and systems thinking",
                "Seeing failures as system properties and reducing institutional risk.", 2,
                cite(path, "experience in risk management and systems thinking")));
    b.add(skill("quality.metrics", "quality", "Performance measures and public reporting",
                "HCAHPS, CMS Core Measures, value-based purchasing and public reporting.", 2,
                cite(path, "measures like HCAHPS and CMS Core Measures")));
    b.add(skill("quality.peer-review", "quality", "Peer review",
                "Reviewing practitioners' care fairly and acting on the findings.", 1.5,
                cite(cmo, "peer review processes")));

    b.add(skill("governance.clinical-governance", "governance", "Clinical governance",
                "Establishing and enforcing the structures that guide the medical staff.", 3,
                cite(cmo, "establishing and enforcing clinical governance structures")));
    b.add(skill("governance.medical-staff", "governance", "Medical staff management and alignment",
                "Leading the medical staff and aligning it with the organisation's strategy.", 3,
                cite(path, "the alignment of medical staff with organizational strategy")));
    b.add(skill("governance.credentialing", "governance", "Credentialing and privileging",
                "Deciding who may practise and with what scope.", 2,
                cite(cmo, "credentialing and privileging")));
    b.add(skill("governance.protocols", "governance", "Clinical protocols and medical policy",
                "Writing and updating clinical protocols, policies and procedures.", 2,
                cite(path, "establishing clinical protocols")));

    b.add(skill("utilization.management", "utilization", "Utilization review and management",
                "Reviewing the medical necessity and level of care of services.", 2,
                cite(cmo, "utilization review, medical policy, and cost management")));
    b.add(skill("utilization.medical-policy", "utilization", "Medical coverage policy",
                "Evidence-based guidelines and clinical policies that govern coverage.", 3,
                cite(path, "developing clinical policies that govern coverage")));
    b.add(skill("utilization.provider-network", "utilization", "Provider network design",
                "Building and managing the network of contracted providers.", 3,
                cite(path, "provider network design")));

    b.add(skill("finance.pnl", "finance", "P&L literacy",
                "Understanding and interpreting profit and loss statements.", 3,
                cite(path, "interpret profit and loss (P&L) statements")));
    b.add(skill("finance.budgeting", "finance", "Budgeting and resource allocation",
                "Owning an operating budget and allocating resources and capital.", 2,
                cite(path, "oversees an operating budget")));
    b.add(skill("finance.payment-models", "finance", "Payment models and healthcare economics",
                "Capitation, fee-for-service, value-based care and reimbursement.", 3,
                cite(path, "modern payment models, such as capitation")));
    b.add(skill("finance.cost-management", "finance", "Cost-of-care management",
                "Making care cost-effective for members and the organisation.", 3,
                cite(cmo, "medically appropriate and cost-effective for members")));

    b.add(skill("strategy.planning", "strategy", "Strategic planning",
                "Turning a vision into multi-year plans for service lines and growth.", 4,
                cite(path, "actionable, multi-year plans for clinical service line development")));
    b.add(skill("strategy.change-management", "strategy", "Change management",
                "Leading organisational transformation and securing stakeholder buy-in.", 4,
                cite(path, "advanced change management skills")));
    b.add(skill("strategy.operations", "strategy", "Operations and organisational efficiency",
                "Running clinical operations efficiently at department and system scale.", 3,
                cite(cmo, "optimizing operational efficiency within the facility")));
    b.add(skill("strategy.culture", "strategy", "Culture and ethics",
                "Championing patient-centred care and ethical practice.", 3,
                cite(cmo, "organizational culture change by championing patient-centered care")));

    b.add(skill("regulatory.cms", "regulatory", "CMS rules and reimbursement compliance",
                "Medicare and Medicaid conditions, rules and penalties.", 2,
                cite(path, "complex CMS rules and HIPAA")));
    b.add(skill("regulatory.joint-commission", "regulatory", "Accreditation (The Joint Commission)",
                "Accreditation standards and survey readiness.", 2,
                cite(cmo, "The Joint Commission")));
    b.add(skill("regulatory.hipaa", "regulatory", "Privacy and HIPAA",
                "Protecting health information.", 1, cite(path, "complex CMS rules and HIPAA")));
    b.add(skill("regulatory.fda", "regulatory", "Regulatory affairs for drugs (FDA)",
                "Regulatory strategy and compliance for trials, approval and launch.", 4,
                cite(cmo, "clinical trials, drug safety, and regulatory affairs")));

    b.add(skill("research.clinical-trials", "research", "Clinical research and trials",
                "Designing and running the studies required for drug approval.", 6,
                cite(cmo, "the design and execution of studies required for drug approval")));
    b.add(skill("research.drug-safety", "research", "Drug safety and pharmacovigilance",
                "Monitoring, assessing and acting on the safety of products.", 4,
                cite(cmo, "clinical trials, drug safety, and regulatory affairs")));
    b.add(skill("research.product-development", "research", "Clinical product development",
                "The clinical perspective on new products through launch.", 4,
                cite(path, "the final clinical perspective on new product development")));

    b.add(skill("population.health-management", "population", "Population health management",
                "Managing the health and chronic disease of a defined population.", 3,
                cite(path, "population health management")));
    b.add(skill("population.epidemiology", "population", "Epidemiology",
                "Measuring the distribution and determinants of disease.", 4,
                cite(cmo, "population health, epidemiology, and community outreach")));
    b.add(skill("population.community-outreach", "population", "Community outreach",
                "Working with communities and partner organisations.", 3,
                cite(cmo, "population health, epidemiology, and community outreach")));
    b.add(skill("population.social-determinants", "population", "Social determinants of health",
                "Strategies that address housing, income, access and other determinants.", 2,
                cite(cmo, "social determinants of health")));
    b.add(skill("population.prevention", "population", "Chronic disease prevention",
                "Prevention programmes for chronic disease.", 2,
                cite(cmo, "manage chronic disease prevention")));
    b.add(skill("population.crisis-response", "population", "Public health crisis response",
                "Coordinating the response to outbreaks and emergencies.", 3,
                cite(cmo, "coordinate responses to public health crises")));

    b.add(skill("data.analytics", "data", "Healthcare data analytics",
                "Analysing large clinical and claims datasets for decisions.", 4,
                cite(cmo, "They analyze large datasets")));
    b.add(skill("data.ehr", "data", "EHR and clinical technology",
                "Using and optimising the electronic health record and clinical IT.", 2,
                cite(cmo, "electronic health record (EHR) system optimization")));

    b.add(skill("people.communication", "people", "Communication",
                "Mediating between departments and translating clinical realities.", 3,
                cite(cmo, "exceptional communication abilities to mediate between departments")));
    b.add(skill("people.negotiation", "people", "Negotiation and conflict resolution",
                "Contract discussions and resolving conflicts.", 2,
                cite(cmo, "strong negotiation skills for contract discussions and conflict resolution")));
    b.add(skill("people.mentoring", "people", "Mentoring physician leaders",
                "Developing the next generation of clinical managers.", 2,
                cite(cmo, "mentor and develop other physician leaders")));
    b.add(skill("people.team-leadership", "people", "Team and staff leadership",
                "Managing staff performance and leading physician groups.", 3,
                cite(path, "managing day-to-day staff performance")));
    b.add(skill("people.wellbeing", "people", "Physician wellbeing and burnout prevention",
                "Reducing administrative burden and improving work-life balance.", 2,
                cite(cmo, "CMOs address physician burnout")));
    b.add(skill("people.emotional-intelligence", "people", "Political and emotional intelligence",
                "Balancing competing stakeholder demands.", 3,
                cite(cmo, "exceptional political and emotional intelligence")));

    b.add(skill("executive.board-communication", "executive", "Board and stakeholder communication",
                "The organisation's clinical voice to the board, payers and the public.", 3,
                cite(cmo, "voice on clinical matters to the Board of Directors and external stakeholders")));
    b.add(skill("executive.networking", "executive", "Executive networking",
                "A C-suite network, search firms and referrals.", 2,
                cite(path, "Building a C-suite level network is paramount")));
}

void add_credentials(model_builder& b) {
    const auto path = career_path_txt;
    const auto cmo = cmo_role_txt;
    using k = credential_kind;

    b.add(make_credential("md", "Doctor of Medicine (MD)", k::degree, 160, 0, {}, std::nullopt,
                          cite(path, "Doctor of Medicine (MD) or Doctor of Osteopathic Medicine (DO)")));
    b.add(make_credential("do", "Doctor of Osteopathic Medicine (DO)", k::degree, 160, 0, {}, std::nullopt,
                          cite(path, "Doctor of Medicine (MD) or Doctor of Osteopathic Medicine (DO)")));
    b.add(make_credential("residency-completion", "Residency completion", k::training, 6, 0, {},
                          std::nullopt, cite(cmo, "followed by residency")));
    b.add(make_credential("fellowship-completion", "Specialty fellowship completion", k::training, 6, 0,
                          {"residency-completion"}, std::nullopt, cite(cmo, "often a specialty fellowship")));
    b.add(make_credential("board-certification", "Board certification", k::certification, 8, 0,
                          {"residency-completion"}, 10.0, cite(cmo, "board certification")));
    b.add(make_credential("medical-license", "Medical license (full, unrestricted)", k::license, 2, 0,
                          {"residency-completion"}, 2.0, cite(cmo, "a valid medical license")));
    b.add(make_credential("mba", "Master of Business Administration (MBA)", k::degree, 40, 2, {},
                          std::nullopt, cite(path, "The Master of Business Administration (MBA) is a common choice")));
    b.add(make_credential("mha", "Master of Health Administration (MHA)", k::degree, 40, 2, {},
                          std::nullopt, cite(path, "Master of Health Administration (MHA)")));
    b.add(make_credential("mmm", "Master of Medical Management (MMM)", k::degree, 30, 1.5, {},
                          std::nullopt, cite(path, "the highly specialized Master of Medical Management (MMM)")));
    b.add(make_credential("leadership-coursework", "Physician leadership coursework (150 hours)",
                          k::training, 4, 0.5, {}, std::nullopt,
                          addition("the management education the CPE requires")));
    b.add(make_credential("cpe", "Certified Physician Executive (CPE)", k::certification, 6, 0.5,
                          {"board-certification", "leadership-coursework"}, std::nullopt,
                          cite(path, "Certified Physician Executive (CPE) credential")));
    b.add(make_credential("mph", "Master of Public Health (MPH)", k::degree, 40, 1.5, {}, std::nullopt,
                          addition("the usual second degree in public health agencies")));
    b.add(make_credential("cphq", "Certified Professional in Healthcare Quality (CPHQ)", k::certification,
                          6, 0.5, {}, std::nullopt, addition("quality credential for the CQO track")));
    b.add(make_credential("patient-safety-training", "Patient safety and root cause analysis training",
                          k::training, 2, 0.25, {}, std::nullopt,
                          cite(path, "patient safety initiatives, such as root cause analysis")));
    b.add(make_credential("chcqm", "Certified in Health Care Quality and Management (physician advisor)",
                          k::certification, 4, 0.25, {"medical-license"}, std::nullopt,
                          addition("utilization review credential for physician advisors")));
    b.add(make_credential("gcp-training", "Good Clinical Practice (GCP) training", k::training, 0.5, 0, {},
                          3.0, addition("required of trial investigators; refreshed every 3 years")));
    b.add(make_credential("clinical-informatics-certification", "Board certification in clinical informatics",
                          k::certification, 24, 2, {"board-certification"}, std::nullopt,
                          addition("the CMIO's specialty credential")));
}

void add_roles(model_builder& b) {
    const auto path = career_path_txt;
    const auto cmo = cmo_role_txt;
    const std::string hospital = "hospital";
    const std::string payer = "payer";
    const std::string pharma = "pharma";
    const std::string public_health = "public-health";
    const std::string academic = "academic";

    // ---- clinical training ----
    b.add(role{.id = role_id{"medical-student"}, .name = "Medical student", .setting = academic,
               .tags = {"training"},
               .competencies = {want("clinical.patient-care", 1), want("clinical.ebm", 1),
                                want("people.communication", 1)},
               .extensions = cite(cmo, "begins with a deep medical foundation")});
    b.add(role{.id = role_id{"resident"}, .name = "Resident physician", .setting = hospital,
               .tags = {"clinical", "training"},
               .competencies = {must("clinical.patient-care", 2, 2), want("clinical.ebm", 2),
                                want("people.communication", 2), want("quality.patient-safety", 1),
                                want("data.ehr", 1)},
               // Residents practise on a training license, so only the degree is required here.
               .credentials = {require_any({"md", "do"}, 2)},
               .extensions = cite(cmo, "followed by residency")});
    b.add(role{.id = role_id{"fellow"}, .name = "Fellow (specialty training)", .setting = hospital,
               .tags = {"clinical", "training"},
               .competencies = {must("clinical.patient-care", 3, 2), must("clinical.specialty", 3, 2),
                                want("clinical.ebm", 3), want("research.clinical-trials", 1),
                                want("people.communication", 2)},
               .credentials = {require_any({"md", "do"}, 2), require_any({"residency-completion"}, 1.5)},
               .extensions = cite(cmo, "often a specialty fellowship")});

    // ---- clinical practice ----
    b.add(role{.id = role_id{"attending-physician"}, .name = "Attending physician", .setting = hospital,
               .tags = {"clinical"},
               .competencies = {must("clinical.patient-care", 4, 2), want("clinical.specialty", 3),
                                want("clinical.ebm", 3), want("people.communication", 3),
                                want("quality.patient-safety", 2), want("quality.improvement", 1),
                                want("data.ehr", 2)},
               .credentials = physician(true, true),
               .extensions = cite(path, "a decade or more of substantial clinical practice")});
    b.add(role{.id = role_id{"hospitalist"}, .name = "Attending hospitalist", .setting = hospital,
               .tags = {"clinical"},
               .competencies = {must("clinical.patient-care", 4, 2), must("clinical.hospital-medicine", 4, 2),
                                want("clinical.ebm", 3), want("people.communication", 3),
                                want("quality.patient-safety", 2), want("quality.improvement", 2),
                                want("utilization.management", 1), want("data.ehr", 2)},
               .credentials = physician(true, true),
               .extensions = cite(cmo, "improve the patient experience within an acute care setting")});
    b.add(role{.id = role_id{"clinical-investigator"}, .name = "Physician clinical investigator",
               .setting = academic, .tags = {"clinical", "research"},
               .competencies = {must("clinical.patient-care", 4, 1.5), must("clinical.specialty", 4, 1.5),
                                must("research.clinical-trials", 3, 2), want("clinical.ebm", 4),
                                want("data.analytics", 2), want("regulatory.fda", 1),
                                want("people.communication", 3)},
               .credentials = physician_plus(true, true, {prefer_any({"fellowship-completion"}),
                                                          require_any({"gcp-training"}, 0.5)}),
               .extensions = cite(path, "guides clinical research and development")});

    // ---- early administrative exposure (committee work alongside practice) ----
    b.add(role{.id = role_id{"qi-committee-member"}, .name = "Quality improvement (QI) committee member",
               .setting = hospital, .tags = {"clinical", "committee"},
               .competencies = {must("clinical.patient-care", 4), must("quality.improvement", 2, 2),
                                want("quality.metrics", 2, 1.5), want("clinical.ebm", 3),
                                want("people.communication", 3), want("data.analytics", 1)},
               .credentials = physician(true, true),
               .extensions = cite(path, "roles on institutional quality improvement (QI) committees")});
    b.add(role{.id = role_id{"patient-safety-committee-member"},
               .name = "Patient safety committee member (root cause analysis)", .setting = hospital,
               .tags = {"clinical", "committee"},
               .competencies = {must("clinical.patient-care", 4), must("quality.patient-safety", 3, 2),
                                want("quality.risk-management", 2, 1.5), want("quality.improvement", 2),
                                want("people.communication", 3)},
               .credentials = physician_plus(true, true, {prefer_any({"patient-safety-training"}, 0.5)}),
               .extensions = cite(path, "patient safety initiatives, such as root cause analysis")});
    b.add(role{.id = role_id{"ur-committee-member"}, .name = "Utilization review committee member",
               .setting = hospital, .tags = {"clinical", "committee"},
               .competencies = {must("clinical.patient-care", 4), must("utilization.management", 2, 2),
                                want("clinical.ebm", 4, 1.5), want("finance.cost-management", 1),
                                want("regulatory.cms", 1)},
               .credentials = physician(true, true),
               .extensions = cite(path, "Contributing to utilization review committees")});
    b.add(role{.id = role_id{"credentials-committee-member"},
               .name = "Credentials and peer review committee member", .setting = hospital,
               .tags = {"clinical", "committee"},
               .competencies = {must("clinical.patient-care", 4), must("quality.peer-review", 2, 2),
                                want("governance.credentialing", 2, 1.5),
                                want("regulatory.joint-commission", 1), want("people.communication", 3)},
               .credentials = physician(true, true),
               .extensions = cite(cmo, "peer review processes ... credentialing and privileging")});
    b.add(role{.id = role_id{"physician-advisor"}, .name = "Physician advisor (utilization management)",
               .setting = hospital, .tags = {"clinical"},
               .competencies = {must("clinical.patient-care", 4), must("utilization.management", 3, 2),
                                must("regulatory.cms", 3, 1.5), want("clinical.ebm", 4),
                                want("finance.payment-models", 2), want("people.communication", 3),
                                want("people.negotiation", 2), want("data.analytics", 2)},
               .credentials = physician_plus(true, true, {prefer_any({"chcqm"}, 0.5)}),
               .experience = {years_tagged("clinical", 5)},
               .extensions = cite(path, "evidence-based medicine to manage resources")});
    b.add(role{.id = role_id{"patient-safety-officer"}, .name = "Physician patient safety officer",
               .setting = hospital, .tags = {"clinical", "leadership"},
               .competencies = {must("quality.patient-safety", 4, 2), must("quality.risk-management", 3, 1.5),
                                want("quality.improvement", 3), want("quality.metrics", 3),
                                want("regulatory.joint-commission", 3), want("people.communication", 4),
                                want("strategy.change-management", 2), want("data.analytics", 2),
                                want("clinical.patient-care", 4)},
               .credentials = physician_plus(true, true, {prefer_any({"patient-safety-training"})}),
               .experience = {years_tagged("clinical", 5)},
               .extensions = cite(path, "experience in risk management and systems thinking")});

    // ---- formal administrative leadership (hospital / health system) ----
    b.add(role{.id = role_id{"medical-director"}, .name = "Medical Director (department or service line)",
               .setting = hospital, .tags = {"clinical", "leadership"},
               .competencies = {must("clinical.patient-care", 4), must("people.team-leadership", 3, 2),
                                must("finance.budgeting", 3, 2), must("governance.protocols", 3, 1.5),
                                want("finance.pnl", 2), want("quality.improvement", 3),
                                want("strategy.operations", 2), want("regulatory.cms", 2),
                                want("people.communication", 4), want("people.negotiation", 2),
                                want("people.wellbeing", 2)},
               .credentials = physician_plus(true, true, {prefer_any(management)}),
               .experience = {years_tagged("clinical", 5)},
               .extensions = cite(path, "the first formal step into management")});
    b.add(role{.id = role_id{"department-head"}, .name = "Department Head (clinical department chair)",
               .setting = hospital, .tags = {"clinical", "leadership"},
               .competencies = {must("clinical.patient-care", 4), must("clinical.specialty", 4),
                                must("people.team-leadership", 4, 2), must("finance.budgeting", 3, 1.5),
                                want("finance.pnl", 3), want("governance.medical-staff", 3, 1.5),
                                want("quality.peer-review", 3), want("people.mentoring", 3, 1.5),
                                want("strategy.planning", 2), want("people.communication", 4),
                                want("people.negotiation", 3), want("people.wellbeing", 3)},
               .credentials = physician_plus(true, true, {prefer_any(management)}),
               .experience = {years_tagged("clinical", 8)},
               .extensions = cite(cmo, "leadership roles, such as Medical Director or Department Head")});
    b.add(role{.id = role_id{"cmio"}, .name = "Chief Medical Information Officer (CMIO)",
               .setting = hospital, .tags = {"clinical", "leadership"},
               .competencies = {must("data.ehr", 4, 2), must("data.analytics", 3, 1.5),
                                must("regulatory.hipaa", 3, 1.5), want("strategy.change-management", 3),
                                want("quality.improvement", 3), want("people.wellbeing", 2),
                                want("people.communication", 4), want("finance.pnl", 2),
                                want("strategy.planning", 2), want("clinical.patient-care", 3)},
               .credentials = physician_plus(true, true, {prefer_any({"clinical-informatics-certification"}),
                                                          prefer_any(management)}),
               .experience = {years_tagged("clinical", 5), years_tagged("leadership", 2)},
               .extensions = cite(cmo, "technology integration, such as electronic health record (EHR) system optimization")});
    b.add(role{.id = role_id{"vpma"}, .name = "Vice President of Medical Affairs (VPMA)",
               .setting = hospital, .tags = {"leadership", "executive"},
               .competencies = {must("governance.clinical-governance", 4, 2),
                                must("governance.medical-staff", 4, 2), must("finance.pnl", 3, 1.5),
                                want("strategy.planning", 3, 1.5), want("people.negotiation", 4, 1.5),
                                want("finance.payment-models", 3), want("executive.board-communication", 3),
                                want("regulatory.cms", 3), want("quality.improvement", 3),
                                want("governance.credentialing", 3), want("strategy.change-management", 3),
                                want("people.communication", 4), want("people.mentoring", 3)},
               .credentials = physician_plus(true, true, {require_any(management, 2)}),
               .experience = {years_tagged("clinical", 10, 2), years_tagged("leadership", 3, 1.5)},
               .extensions = cite(path, "responsible for clinical governance")});
    b.add(role{.id = role_id{"cqo"}, .name = "Chief Quality Officer (CQO)", .setting = hospital,
               .tags = {"leadership", "executive"},
               .competencies = {must("quality.improvement", 5, 2.5), must("quality.metrics", 5, 2.5),
                                must("quality.patient-safety", 4, 2), must("regulatory.cms", 4, 2),
                                must("regulatory.joint-commission", 4, 1.5),
                                want("finance.payment-models", 3, 1.5), want("data.analytics", 4, 1.5),
                                want("quality.risk-management", 3), want("strategy.change-management", 3),
                                want("people.communication", 4), want("executive.board-communication", 3)},
               .credentials = physician_plus(true, true, {require_any(management, 1.5),
                                                          prefer_any({"cphq"}, 0.5)}),
               .experience = {years_tagged("clinical", 10, 2), years_tagged("leadership", 3, 1.5)},
               .extensions = cite(path, "often a direct path to CMO, focusing intensely on regulatory compliance")});
    b.add(role{.id = role_id{"cmo-hospital"}, .name = "Chief Medical Officer (hospital or health system)",
               .setting = hospital, .tags = {"leadership", "executive", "cmo"},
               .competencies = {must("quality.improvement", 5, 3), must("quality.patient-safety", 5, 3),
                                must("governance.medical-staff", 5, 3),
                                must("governance.clinical-governance", 5, 2.5),
                                must("regulatory.cms", 4, 2), must("regulatory.joint-commission", 4, 2),
                                must("finance.pnl", 4, 2), want("governance.credentialing", 4, 2),
                                want("strategy.operations", 4, 2), want("strategy.planning", 4, 2),
                                want("people.communication", 5, 2), want("quality.peer-review", 4, 1.5),
                                want("strategy.change-management", 4, 1.5),
                                want("finance.payment-models", 4, 1.5), want("people.negotiation", 4, 1.5),
                                want("people.mentoring", 4, 1.5), want("people.wellbeing", 4, 1.5),
                                want("executive.board-communication", 4, 1.5), want("finance.budgeting", 4),
                                want("strategy.culture", 4), want("regulatory.hipaa", 3), want("data.ehr", 3),
                                want("people.emotional-intelligence", 4), want("executive.networking", 4),
                                want("clinical.ebm", 4)},
               .credentials = physician_plus(true, true, {require_any(management, 2)}),
               .experience = {years_tagged("clinical", 10, 2), years_tagged("leadership", 5, 2)},
               .extensions = cite(path, "oversees clinical quality, patient safety, and the alignment of medical staff")});

    // ---- payer / managed care ----
    b.add(role{.id = role_id{"payer-medical-director"}, .name = "Medical Director (health plan)",
               .setting = payer, .tags = {"leadership"},
               .competencies = {must("utilization.management", 4, 2), must("utilization.medical-policy", 3, 2),
                                must("clinical.ebm", 4, 1.5), must("clinical.patient-care", 4),
                                want("regulatory.cms", 3, 1.5), want("finance.cost-management", 3, 1.5),
                                want("data.analytics", 2), want("people.communication", 4),
                                want("people.negotiation", 2)},
               .credentials = physician_plus(true, true, {prefer_any({"chcqm"}, 0.5),
                                                          prefer_any(management, 0.5)}),
               .experience = {years_tagged("clinical", 5)},
               .extensions = cite(cmo, "focus less on direct patient care and more on utilization review")});
    b.add(role{.id = role_id{"payer-vp-medical-policy"},
               .name = "Vice President, Medical Policy and Utilization Management (health plan)",
               .setting = payer, .tags = {"leadership", "executive"},
               .competencies = {must("utilization.medical-policy", 4, 2), must("utilization.management", 4, 2),
                                want("utilization.provider-network", 3, 1.5),
                                want("finance.cost-management", 4, 1.5), want("finance.payment-models", 4),
                                want("finance.pnl", 3), want("data.analytics", 3), want("regulatory.cms", 4),
                                want("population.health-management", 3), want("people.negotiation", 3),
                                want("people.communication", 4)},
               .credentials = physician_plus(true, true, {require_any(management, 1.5)}),
               .experience = {years_tagged("leadership", 3)},
               .extensions = cite(path, "developing clinical policies that govern coverage")});
    b.add(role{.id = role_id{"cmo-payer"}, .name = "Chief Medical Officer (health insurance / managed care)",
               .setting = payer, .tags = {"leadership", "executive", "cmo"},
               .competencies = {must("utilization.management", 5, 3), must("utilization.medical-policy", 5, 3),
                                must("finance.cost-management", 5, 3), must("utilization.provider-network", 4, 2),
                                must("clinical.ebm", 5, 2), must("finance.pnl", 4, 2),
                                want("finance.payment-models", 5, 2), want("population.health-management", 4, 2),
                                want("data.analytics", 4, 2), want("regulatory.cms", 4, 1.5),
                                want("strategy.planning", 4, 1.5), want("people.negotiation", 4, 1.5),
                                want("people.communication", 4, 1.5),
                                want("executive.board-communication", 4, 1.5), want("regulatory.hipaa", 3),
                                want("quality.metrics", 3), want("strategy.change-management", 3),
                                want("people.mentoring", 3), want("executive.networking", 4)},
               .credentials = physician_plus(true, true, {require_any(management, 2)}),
               .experience = {years_tagged("clinical", 10, 2), years_tagged("leadership", 5, 2)},
               .extensions = cite(path, "the CMO focuses on utilization management, provider network design")});

    // ---- pharmaceutical / biotech ----
    b.add(role{.id = role_id{"drug-safety-physician"}, .name = "Drug safety physician (pharmacovigilance)",
               .setting = pharma, .tags = {"research"},
               .competencies = {must("research.drug-safety", 4, 2), must("regulatory.fda", 3, 1.5),
                                must("clinical.patient-care", 4), want("clinical.ebm", 4),
                                want("data.analytics", 3), want("research.clinical-trials", 2),
                                want("people.communication", 3)},
               .credentials = physician_plus(false, false, {require_any({"gcp-training"}, 0.5)}),
               .experience = {years_tagged("clinical", 3)},
               .extensions = cite(cmo, "focusing on clinical trials, drug safety, and regulatory affairs")});
    b.add(role{.id = role_id{"pharma-medical-director"},
               .name = "Medical Director, clinical development (pharma / biotech)", .setting = pharma,
               .tags = {"research", "leadership"},
               .competencies = {must("research.clinical-trials", 4, 2), must("clinical.specialty", 4, 1.5),
                                must("regulatory.fda", 3, 1.5), want("research.drug-safety", 3, 1.5),
                                want("clinical.ebm", 4), want("data.analytics", 3),
                                want("research.product-development", 2), want("people.communication", 4)},
               .credentials = physician_plus(false, false, {require_any({"gcp-training"}, 0.5)}),
               .experience = {years_tagged("clinical", 5)},
               .extensions = cite(path, "guides clinical research and development")});
    b.add(role{.id = role_id{"vp-clinical-development"}, .name = "Vice President, Clinical Development",
               .setting = pharma, .tags = {"research", "leadership", "executive"},
               .competencies = {must("research.clinical-trials", 5, 2), must("regulatory.fda", 4, 2),
                                must("research.product-development", 4, 2), want("research.drug-safety", 4, 1.5),
                                want("people.team-leadership", 4, 1.5), want("finance.budgeting", 4, 1.5),
                                want("finance.pnl", 3), want("strategy.planning", 3),
                                want("people.communication", 4), want("people.negotiation", 3),
                                want("people.mentoring", 3), want("executive.board-communication", 3)},
               .credentials = physician_plus(false, false, {require_any({"gcp-training"}, 0.5),
                                                            prefer_any(management)}),
               .experience = {years_tagged("research", 5, 1.5), years_tagged("leadership", 3)},
               .extensions = cite(cmo, "the design and execution of studies required for drug approval")});
    b.add(role{.id = role_id{"cmo-pharma"}, .name = "Chief Medical Officer (pharmaceutical or biotech)",
               .setting = pharma, .tags = {"leadership", "executive", "cmo"},
               .competencies = {must("research.clinical-trials", 5, 3), must("research.drug-safety", 5, 3),
                                must("regulatory.fda", 5, 3), must("research.product-development", 4, 2),
                                want("strategy.planning", 4, 2), want("people.communication", 5, 2),
                                want("clinical.specialty", 4, 1.5), want("clinical.ebm", 4, 1.5),
                                want("data.analytics", 3, 1.5), want("finance.pnl", 3, 1.5),
                                want("executive.board-communication", 4, 1.5), want("people.mentoring", 3),
                                want("people.negotiation", 3), want("executive.networking", 3),
                                want("strategy.change-management", 3)},
               // Industry CMOs keep board certification; an active license is valued, not required.
               .credentials = physician_plus(false, true, {require_any(management, 2)}),
               .experience = {years_tagged("clinical", 10, 2), years_tagged("leadership", 5, 2),
                              years_tagged("research", 5, 1.5)},
               .extensions = cite(cmo, "serving as the highest medical authority")});

    // ---- public health agencies ----
    b.add(role{.id = role_id{"public-health-medical-officer"}, .name = "Medical officer, public health agency",
               .setting = public_health, .tags = {"public-health"},
               .competencies = {must("population.epidemiology", 3, 2), must("clinical.patient-care", 3),
                                want("population.health-management", 3, 1.5),
                                want("population.community-outreach", 3, 1.5), want("population.prevention", 3),
                                want("population.crisis-response", 2), want("clinical.ebm", 4),
                                want("data.analytics", 3), want("people.communication", 4)},
               .credentials = physician_plus(true, true, {prefer_any({"mph"})}),
               .experience = {years_tagged("clinical", 3)},
               .extensions = cite(cmo, "The focus shifts to population health, epidemiology, and community outreach")});
    b.add(role{.id = role_id{"public-health-medical-director"},
               .name = "Medical Director / deputy health officer, public health agency",
               .setting = public_health, .tags = {"public-health", "leadership"},
               .competencies = {must("population.epidemiology", 4, 2), must("population.health-management", 4, 2),
                                must("population.crisis-response", 3, 1.5),
                                want("population.community-outreach", 4, 1.5),
                                want("population.social-determinants", 3, 1.5), want("population.prevention", 4),
                                want("finance.budgeting", 3), want("people.team-leadership", 3),
                                want("people.communication", 4), want("executive.board-communication", 3),
                                want("regulatory.hipaa", 2)},
               .credentials = physician_plus(true, true, {prefer_any({"mph"}, 1.5)}),
               .experience = {years_tagged("public-health", 2)},
               .extensions = cite(cmo, "developing strategies to address social determinants of health")});
    b.add(role{.id = role_id{"cmo-public-health"}, .name = "Chief Medical Officer (public health agency)",
               .setting = public_health, .tags = {"leadership", "executive", "cmo"},
               .competencies = {must("population.health-management", 5, 3), must("population.epidemiology", 5, 3),
                                must("population.community-outreach", 5, 3),
                                must("population.crisis-response", 4, 2), must("people.communication", 5, 2),
                                want("population.social-determinants", 4, 2), want("population.prevention", 4, 1.5),
                                want("data.analytics", 4, 1.5), want("clinical.ebm", 4, 1.5),
                                want("strategy.planning", 4, 1.5),
                                want("executive.board-communication", 4, 1.5), want("finance.budgeting", 3),
                                want("regulatory.hipaa", 3), want("people.negotiation", 3),
                                want("strategy.change-management", 3), want("people.mentoring", 3),
                                want("executive.networking", 3)},
               // In an agency the MPH counts as the management-oriented second degree.
               .credentials = physician_plus(true, true, {require_any({"mba", "mha", "mmm", "cpe", "mph"}, 2)}),
               .experience = {years_tagged("clinical", 10, 2), years_tagged("leadership", 5, 2)},
               .extensions = cite(cmo, "coordinate responses to public health crises")});
}

void add_transitions(model_builder& b) {
    // Training: the tenure is the length of the programme.
    b.add(step("medical-student", "resident", 4, 4));
    b.add(step("resident", "fellow", 3, 3));
    b.add(step("resident", "attending-physician", 3, 2));
    b.add(step("resident", "hospitalist", 3, 2));
    b.add(step("fellow", "attending-physician", 2, 2));
    b.add(step("fellow", "clinical-investigator", 2, 3));
    b.add(step("attending-physician", "fellow", 2, 3));
    b.add(step("hospitalist", "fellow", 2, 3));

    // Practice laterals.
    b.add(step("attending-physician", "hospitalist", 2, 1));
    b.add(step("hospitalist", "attending-physician", 2, 1));
    b.add(step("clinical-investigator", "attending-physician", 3, 1));

    // Committee work alongside practice.
    for (const auto* from : {"attending-physician", "hospitalist"}) {
        b.add(step(from, "qi-committee-member", 2, 1));
        b.add(step(from, "patient-safety-committee-member", 2, 1));
        b.add(step(from, "ur-committee-member", 2, 1));
        b.add(step(from, "credentials-committee-member", 3, 1));
    }
    b.add(step("qi-committee-member", "patient-safety-committee-member", 2, 1));
    b.add(step("patient-safety-committee-member", "qi-committee-member", 2, 1));
    b.add(step("ur-committee-member", "physician-advisor", 2, 2));
    b.add(step("hospitalist", "physician-advisor", 4, 2));
    b.add(step("qi-committee-member", "patient-safety-officer", 3, 3));
    b.add(step("patient-safety-committee-member", "patient-safety-officer", 3, 3));

    // Into formal administration.
    b.add(step("qi-committee-member", "medical-director", 3, 3));
    b.add(step("patient-safety-committee-member", "medical-director", 3, 3));
    b.add(step("ur-committee-member", "medical-director", 3, 3));
    b.add(step("credentials-committee-member", "medical-director", 3, 3));
    b.add(step("credentials-committee-member", "department-head", 4, 3));
    b.add(step("physician-advisor", "medical-director", 3, 3));
    b.add(step("patient-safety-officer", "medical-director", 3, 3));
    b.add(step("attending-physician", "medical-director", 6, 4));
    b.add(step("hospitalist", "medical-director", 6, 4));
    b.add(step("attending-physician", "department-head", 8, 4));
    b.add(step("clinical-investigator", "department-head", 6, 4));
    b.add(step("medical-director", "department-head", 3, 3));
    b.add(step("medical-director", "cmio", 3, 4));

    // Hospital executive tier.
    b.add(step("medical-director", "vpma", 4, 6));
    b.add(step("medical-director", "cqo", 4, 6));
    b.add(step("department-head", "vpma", 4, 6));
    b.add(step("department-head", "cqo", 4, 6));
    b.add(step("patient-safety-officer", "cqo", 4, 5));
    b.add(step("cmio", "vpma", 3, 5));
    b.add(step("cqo", "vpma", 3, 4));
    b.add(step("vpma", "cmo-hospital", 3, 6));
    b.add(step("cqo", "cmo-hospital", 3, 6));
    b.add(step("cmio", "cmo-hospital", 4, 8));
    b.add(step("medical-director", "cmo-hospital", 5, 8));
    b.add(step("department-head", "cmo-hospital", 5, 8));

    // Payer track: the entry tenure (7 years) completes the clinical decade
    // with a 3-year residency, since payer roles add no clinical years.
    b.add(step("attending-physician", "payer-medical-director", 7, 4));
    b.add(step("hospitalist", "payer-medical-director", 7, 4));
    b.add(step("ur-committee-member", "payer-medical-director", 3, 4));
    b.add(step("physician-advisor", "payer-medical-director", 3, 3));
    b.add(step("payer-medical-director", "payer-vp-medical-policy", 4, 4));
    b.add(step("payer-vp-medical-policy", "cmo-payer", 3, 6));
    b.add(step("payer-medical-director", "cmo-payer", 5, 8));
    b.add(step("vpma", "cmo-payer", 4, 8));
    b.add(step("cmo-hospital", "cmo-payer", 4, 8));
    b.add(step("payer-medical-director", "attending-physician", 2, 3));

    // Pharma track.
    b.add(step("clinical-investigator", "pharma-medical-director", 5, 4));
    b.add(step("clinical-investigator", "drug-safety-physician", 5, 3));
    b.add(step("attending-physician", "pharma-medical-director", 7, 5));
    b.add(step("attending-physician", "drug-safety-physician", 7, 4));
    b.add(step("drug-safety-physician", "pharma-medical-director", 3, 2));
    b.add(step("pharma-medical-director", "vp-clinical-development", 4, 4));
    b.add(step("vp-clinical-development", "cmo-pharma", 4, 8));
    b.add(step("pharma-medical-director", "clinical-investigator", 2, 3));

    // Public health track.
    b.add(step("attending-physician", "public-health-medical-officer", 7, 3));
    b.add(step("hospitalist", "public-health-medical-officer", 7, 3));
    b.add(step("public-health-medical-officer", "public-health-medical-director", 3, 3));
    b.add(step("public-health-medical-director", "cmo-public-health", 5, 6));
    b.add(step("cmo-hospital", "cmo-public-health", 4, 8));
    b.add(step("public-health-medical-officer", "attending-physician", 2, 3));
}

model make_physician_leadership() {
    model_builder b;
    b.id("physician-leadership");
    b.name("Physician leadership: from medical school to Chief Medical Officer");
    add_competencies(b);
    add_credentials(b);
    add_roles(b);
    add_transitions(b);
    return std::move(b).build();
}

}  // namespace

std::vector<std::string_view> builtin_model_names() { return {"physician-leadership"}; }

std::optional<model> builtin_model(std::string_view name) {
    if (name == "physician-leadership") return physician_leadership();
    return std::nullopt;
}

const model& physician_leadership() {
    // Built on first use and shared: the model is immutable, so every caller
    // and thread can read the same instance.
    static const model instance = make_physician_leadership();
    return instance;
}

}  // namespace careergraph
