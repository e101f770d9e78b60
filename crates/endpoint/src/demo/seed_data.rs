//! The example process of the demonstration: proposals in every state, a ballot, a batch of
//! voter codes and one staff account per role; every text carries the demonstration mark.
use crate::store::staff_accounts::account_problem;
use pb_core::api::staff::is_acceptable_password;
use pb_core::api::{
    CatalogueProject, NewStaffAccount, ProcessConfig, ProjectTexts, ProposalSubmission, StaffRole,
    validate_catalogue,
};
use pb_core::validation::{ProposalRules, validate_proposal};
use std::collections::BTreeMap;

/// What starts every title, name, label and place of the example data in French.
pub const DEMO_MARK: &str = "[Démo]";

/// What ends every description of the example data in French.
pub const DEMO_NOTE: &str = "(Exemple fictif de démonstration.)";

/// The mark and the note in the other languages the projects are given in.
const TRANSLATED_MARKS: [(&str, &str, &str); 2] = [
    ("ar", "[تجريبي]", "(مثال وهمي للعرض التجريبي.)"),
    ("en", "[Demo]", "(Fictional demonstration example.)"),
];

/// A title, name, label or place marked as example data.
fn marked(text: &str) -> String {
    format!("{DEMO_MARK} {text}")
}

/// A description marked as example data.
fn noted(text: &str) -> String {
    format!("{text} {DEMO_NOTE}")
}

/// What moderation made of an example proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoFate {
    /// Still waiting for a moderator.
    Pending,
    /// Published.
    Published,
    /// Refused, with this reason (marked as example data).
    Refused(&'static str),
}

/// An example proposal and what moderation made of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoProposal {
    /// The proposal as a citizen sends it.
    pub submission: ProposalSubmission,
    /// Its state after moderation.
    pub fate: DemoFate,
}

/// The example proposals, in submission order, across the provinces and sectors.
pub fn demo_proposals() -> Vec<DemoProposal> {
    let proposal = |title, description, province: &str, commune: &str, sector: &str, cost, fate| {
        DemoProposal {
            submission: ProposalSubmission {
                title: marked(title),
                description: noted(description),
                province: province.to_owned(),
                commune: commune.to_owned(),
                sector: sector.to_owned(),
                estimated_cost: cost,
                contact: None,
            },
            fate,
        }
    };
    vec![
        proposal(
            "Bibliothèque de quartier à Kasba Tadla",
            "Une salle de lecture et de travail ouverte le soir pour les collégiens et lycéens du \
             quartier, avec un accès à internet.",
            "Béni Mellal",
            "Kasba Tadla",
            "culture_youth",
            3_500_000,
            DemoFate::Published,
        ),
        proposal(
            "Eau potable pour les douars autour de Demnate",
            "Relier les douars au réseau d'eau potable par une conduite et une citerne, pour que \
             les familles n'aient plus à aller chercher l'eau à la source.",
            "Azilal",
            "Demnate",
            "water",
            12_000_000,
            DemoFate::Published,
        ),
        proposal(
            "Ambulance pour le centre de santé d'Oued Zem",
            "Une ambulance équipée et son entretien pendant trois ans, pour les transferts vers \
             l'hôpital provincial.",
            "Khouribga",
            "Oued Zem",
            "health",
            1_800_000,
            DemoFate::Published,
        ),
        proposal(
            "Piste rurale vers les écoles d'Aguelmous",
            "Aménager la piste que prennent les élèves des douars d'Aguelmous, impraticable \
             pendant les pluies d'hiver.",
            "Khénifra",
            "Aguelmous",
            "roads_transport",
            20_000_000,
            DemoFate::Published,
        ),
        proposal(
            "Incubateur de coopératives féminines à Ouaouizeght",
            "Un local partagé, des formations à la gestion et à la vente en ligne pour les \
             coopératives de femmes (tissage, miel, plantes aromatiques).",
            "Azilal",
            "Ouaouizeght",
            "economic_development",
            2_400_000,
            DemoFate::Published,
        ),
        proposal(
            "Formation à l'irrigation goutte-à-goutte",
            "Des sessions pratiques pour les jeunes agriculteurs sur l'irrigation économe en eau, \
             avec des parcelles de démonstration.",
            "Fquih Ben Salah",
            "Souk Sebt Oulad Nemma",
            "agriculture",
            2_500_000,
            DemoFate::Pending,
        ),
        proposal(
            "Arbres le long de l'oued à Béni Mellal",
            "Planter des arbres et installer des bancs le long de l'oued pour créer une promenade \
             ombragée.",
            "Béni Mellal",
            "Béni Mellal",
            "environment",
            900_000,
            DemoFate::Pending,
        ),
        proposal(
            "Stade couvert de 40 000 places à Khénifra",
            "Construire un grand stade couvert pour accueillir des compétitions internationales.",
            "Khénifra",
            "Khénifra",
            "culture_youth",
            48_000_000,
            DemoFate::Refused(
                "[Démo] Un équipement de cette taille ne relève pas du programme régional de \
                 développement.",
            ),
        ),
    ]
}

/// The projects on the example ballot, in list order; together they cost more than the budget.
pub fn demo_projects() -> Vec<CatalogueProject> {
    type Texts<'a> = [(&'a str, &'a str); 2];
    let project = |id: &str,
                   (name, description): (&str, &str),
                   translations: Texts,
                   province: &str,
                   sector: &str,
                   cost| {
        let translations = TRANSLATED_MARKS
            .iter()
            .zip(translations)
            .map(|((language, mark, note), (name, description))| {
                let texts = ProjectTexts {
                    name: format!("{mark} {name}"),
                    description: format!("{description} {note}"),
                };
                ((*language).to_owned(), texts)
            })
            .collect::<BTreeMap<_, _>>();
        CatalogueProject {
            id: id.to_owned(),
            name: marked(name),
            cost,
            province: Some(province.to_owned()),
            sectors: vec![sector.to_owned()],
            description: noted(description),
            translations,
        }
    };
    vec![
        project(
            "demo-ecole-ouaouizeght",
            (
                "Réhabilitation de l'école primaire de Ouaouizeght",
                "Refaire la toiture, les sanitaires et la cour de l'école.",
            ),
            [
                (
                    "إعادة تأهيل المدرسة الابتدائية بواويزغت",
                    "إصلاح السقف والمرافق الصحية وساحة المدرسة.",
                ),
                (
                    "Renovation of the Ouaouizeght primary school",
                    "New roof, toilets and playground for the school.",
                ),
            ],
            "Azilal",
            "education",
            8_000_000,
        ),
        project(
            "demo-eau-demnate",
            (
                "Eau potable pour les douars de Demnate",
                "Conduite et citerne reliant six douars au réseau d'eau potable.",
            ),
            [
                (
                    "الماء الصالح للشرب لدواوير دمنات",
                    "قناة وخزان لربط ستة دواوير بشبكة الماء الصالح للشرب.",
                ),
                (
                    "Drinking water for the Demnate villages",
                    "A pipe and a tank connecting six villages to the drinking-water network.",
                ),
            ],
            "Azilal",
            "water",
            25_000_000,
        ),
        project(
            "demo-ambulances-khouribga",
            (
                "Ambulances rurales de la province de Khouribga",
                "Deux ambulances équipées pour les centres de santé ruraux.",
            ),
            [
                (
                    "سيارات إسعاف قروية بإقليم خريبكة",
                    "سيارتا إسعاف مجهزتان للمراكز الصحية القروية.",
                ),
                (
                    "Rural ambulances for Khouribga province",
                    "Two equipped ambulances for the rural health centres.",
                ),
            ],
            "Khouribga",
            "health",
            6_000_000,
        ),
        project(
            "demo-piste-aguelmous",
            (
                "Piste rurale Aguelmous – El Kbab",
                "Aménagement de 18 km de piste praticable toute l'année.",
            ),
            [
                (
                    "المسلك القروي أكلموس – القباب",
                    "تهيئة 18 كلم من المسلك صالحة للسير طوال السنة.",
                ),
                (
                    "Aguelmous – El Kbab rural road",
                    "18 km of track usable all year round.",
                ),
            ],
            "Khénifra",
            "roads_transport",
            35_000_000,
        ),
        project(
            "demo-bibliotheque-kasba-tadla",
            (
                "Bibliothèque et espace jeunes de Kasba Tadla",
                "Salle de lecture, salle informatique et activités culturelles.",
            ),
            [
                (
                    "خزانة وفضاء للشباب بقصبة تادلة",
                    "قاعة للمطالعة وقاعة للإعلاميات وأنشطة ثقافية.",
                ),
                (
                    "Library and youth centre in Kasba Tadla",
                    "A reading room, a computer room and cultural activities.",
                ),
            ],
            "Béni Mellal",
            "culture_youth",
            4_500_000,
        ),
        project(
            "demo-irrigation-fbs",
            (
                "Irrigation goutte-à-goutte pour les petites exploitations",
                "Équipement et formation de 300 petites exploitations.",
            ),
            [
                (
                    "الري بالتنقيط للاستغلاليات الصغيرة",
                    "تجهيز وتكوين 300 استغلالية صغيرة.",
                ),
                (
                    "Drip irrigation for small farms",
                    "Equipment and training for 300 small farms.",
                ),
            ],
            "Fquih Ben Salah",
            "agriculture",
            18_000_000,
        ),
        project(
            "demo-parc-oued",
            (
                "Promenade plantée le long de l'oued à Béni Mellal",
                "Arbres, bancs et éclairage sur deux kilomètres de berge.",
            ),
            [
                (
                    "ممشى مشجر على ضفة الوادي ببني ملال",
                    "أشجار ومقاعد وإنارة على طول كيلومترين من الضفة.",
                ),
                (
                    "Tree-lined riverside walk in Béni Mellal",
                    "Trees, benches and lighting along two kilometres of the riverbank.",
                ),
            ],
            "Béni Mellal",
            "environment",
            12_000_000,
        ),
        project(
            "demo-cooperatives-feminines",
            (
                "Incubateur de coopératives féminines",
                "Local partagé et formations à la gestion et à la vente en ligne.",
            ),
            [
                (
                    "حاضنة للتعاونيات النسائية",
                    "مقر مشترك وتكوينات في التسيير والبيع عبر الإنترنت.",
                ),
                (
                    "Incubator for women's cooperatives",
                    "A shared workspace and training in management and online sales.",
                ),
            ],
            "Azilal",
            "economic_development",
            9_000_000,
        ),
    ]
}

/// The example batch of voter codes, printed on the terminal when it is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoCodeBatch {
    /// How many codes.
    pub count: u32,
    /// The batch's label.
    pub label: &'static str,
    /// The province its codes vote in.
    pub province: &'static str,
    /// Where it is handed out.
    pub place: &'static str,
}

/// The example batch: 20 codes for Azilal.
pub const DEMO_CODES: DemoCodeBatch = DemoCodeBatch {
    count: 20,
    label: "[Démo] Codes d'exemple",
    province: "Azilal",
    place: "[Démo] Maison de la culture d'Azilal",
};

/// An example staff account with its password (no change required, so it signs in at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoAccount {
    /// Login name.
    pub name: &'static str,
    /// What it may do.
    pub role: StaffRole,
    /// A code officer's province.
    pub province: Option<&'static str>,
    /// Its password, printed on the terminal.
    pub password: &'static str,
}

impl DemoAccount {
    /// The account as the store creates it.
    pub fn new_account(&self) -> NewStaffAccount {
        NewStaffAccount {
            name: self.name.to_owned(),
            role: self.role,
            province: self.province.map(str::to_owned),
        }
    }
}

/// One example account per role.
pub const DEMO_ACCOUNTS: [DemoAccount; 3] = [
    DemoAccount {
        name: "demo-admin",
        role: StaffRole::Administrator,
        province: None,
        password: "demo-admin-2027",
    },
    DemoAccount {
        name: "demo-moderation",
        role: StaffRole::Moderator,
        province: None,
        password: "demo-moderation-2027",
    },
    DemoAccount {
        name: "demo-codes",
        role: StaffRole::CodeOfficer,
        province: Some(DEMO_CODES.province),
        password: "demo-codes-2027",
    },
];

/// Why the example data does not fit `process` (provinces, sectors, cost ceiling, texts,
/// accounts), one line per problem; empty when it fits.
pub fn fit_problems(process: &ProcessConfig) -> Vec<String> {
    let rules = ProposalRules {
        provinces: &process.provinces,
        sectors: &process.sectors,
        max_cost: process.max_proposal_cost,
    };
    let mut problems: Vec<String> = demo_proposals()
        .iter()
        .filter_map(|proposal| {
            validate_proposal(&proposal.submission, &rules)
                .err()
                .map(|errors| format!("proposal {:?}: {errors:?}", proposal.submission.title))
        })
        .collect();
    let projects = demo_projects();
    if let Err(errors) = validate_catalogue(&projects) {
        problems.push(format!("ballot: {errors:?}"));
    }
    for project in &projects {
        let province = project.province.as_deref().unwrap_or_default();
        if !process.provinces.iter().any(|known| known == province) {
            problems.push(format!(
                "project {}: unknown province {province:?}",
                project.id
            ));
        }
        for sector in &project.sectors {
            if !process.sectors.contains(sector) {
                problems.push(format!("project {}: unknown sector {sector:?}", project.id));
            }
        }
    }
    for account in DEMO_ACCOUNTS {
        if let Some(problem) = account_problem(&account.new_account(), &process.provinces) {
            problems.push(format!("account {}: {problem}", account.name));
        }
        if !is_acceptable_password(account.password) {
            problems.push(format!("account {}: unacceptable password", account.name));
        }
    }
    if !process
        .provinces
        .iter()
        .any(|known| known == DEMO_CODES.province)
    {
        problems.push(format!(
            "voter codes: unknown province {:?}",
            DEMO_CODES.province
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::process_file::read_process_file;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// The published process file.
    fn published_process() -> ProcessConfig {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/bmk/process.json");
        read_process_file(&path).unwrap()
    }

    #[test]
    fn the_example_data_fits_the_published_process() {
        assert_eq!(fit_problems(&published_process()), Vec::<String>::new());
    }

    #[test]
    fn example_data_naming_other_provinces_and_sectors_does_not_fit_another_process() {
        let mut process = published_process();
        process.provinces = vec!["Tanger".to_owned()];
        process.sectors = vec!["education".to_owned()];
        process.max_proposal_cost = 1_000_000;
        let problems = fit_problems(&process);
        assert!(
            problems.iter().any(|problem| problem.contains("water")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|problem| problem.contains("demo-codes")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|problem| problem.starts_with("voter codes")),
            "{problems:?}"
        );
    }

    #[test]
    fn the_example_data_covers_every_state_every_province_and_every_sector() {
        let process = published_process();
        let proposals = demo_proposals();
        for fate in [DemoFate::Pending, DemoFate::Published] {
            assert!(proposals.iter().any(|proposal| proposal.fate == fate));
        }
        assert!(
            proposals
                .iter()
                .any(|proposal| matches!(proposal.fate, DemoFate::Refused(_)))
        );
        for province in &process.provinces {
            assert!(
                proposals
                    .iter()
                    .any(|proposal| &proposal.submission.province == province),
                "{province}"
            );
        }
        let mut sectors: BTreeSet<String> = proposals
            .into_iter()
            .map(|proposal| proposal.submission.sector)
            .collect();
        sectors.extend(
            demo_projects()
                .into_iter()
                .flat_map(|project| project.sectors),
        );
        assert_eq!(sectors, process.sectors.into_iter().collect());
    }

    #[test]
    fn every_text_of_the_example_data_is_marked_as_such() {
        for proposal in demo_proposals() {
            let DemoProposal { submission, fate } = proposal;
            assert!(submission.title.starts_with(DEMO_MARK), "{submission:?}");
            assert!(
                submission.description.ends_with(DEMO_NOTE),
                "{submission:?}"
            );
            if let DemoFate::Refused(reason) = fate {
                assert!(reason.starts_with(DEMO_MARK), "{reason}");
            }
        }
        for project in demo_projects() {
            assert!(project.name.starts_with(DEMO_MARK), "{project:?}");
            assert!(project.description.ends_with(DEMO_NOTE), "{project:?}");
            assert_eq!(project.translations.len(), TRANSLATED_MARKS.len());
            for (language, mark, note) in TRANSLATED_MARKS {
                let texts = &project.translations[language];
                assert!(texts.name.starts_with(mark), "{texts:?}");
                assert!(texts.description.ends_with(note), "{texts:?}");
            }
        }
        assert!(DEMO_CODES.label.starts_with(DEMO_MARK));
        assert!(DEMO_CODES.place.starts_with(DEMO_MARK));
        for account in DEMO_ACCOUNTS {
            assert!(account.name.starts_with("demo-"), "{account:?}");
        }
    }

    #[test]
    fn the_ballot_costs_more_than_the_budget_so_that_choices_matter() {
        let process = published_process();
        let total: u64 = demo_projects().iter().map(|project| project.cost).sum();
        assert!(total > process.voting.budget, "{total}");
        let limit = process.voting.limits.max_length.unwrap_or(u32::MAX);
        assert!(demo_projects().len() > limit as usize);
    }

    #[test]
    fn there_is_one_account_per_role() {
        for role in [
            StaffRole::Administrator,
            StaffRole::Moderator,
            StaffRole::CodeOfficer,
        ] {
            assert_eq!(
                DEMO_ACCOUNTS
                    .iter()
                    .filter(|account| account.role == role)
                    .count(),
                1,
                "{role:?}"
            );
        }
    }
}
