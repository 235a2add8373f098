/**
 * Demo content for Plume.
 *
 * Based on two French source documents written by the movement itself:
 * the 2020 "Marathon des lettres — Écrire pour les droits" announcement
 * (Amnesty International Algérie, Khaled Drareni, Moses Akatugba) and the
 * Belgian French-speaking section's "Agir pour une personne en danger" page
 * (Su Changlan, Teodora del Carmen Vásquez, Hamid Babaei).
 *
 * Targets are public authorities only, with official institutional addresses.
 */

export interface DemoLocalized {
  fr: string;
  en: string;
}

export interface DemoCampaign {
  code: string;
  kind: 'GLOBAL_MARATHON' | 'INDIVIDUAL_AT_RISK' | 'URGENT_ACTION';
  name: DemoLocalized;
  startsOn: string;
  endsOn: string | null;
  status: 'DRAFT' | 'ACTIVE' | 'ENDED';
  goals: { actions?: number; letters?: number; signatures?: number };
}

export interface DemoTarget {
  key: string;
  title: string;
  name: string | null;
  organisation: string;
  country: string;
  address: { street: string; postalCode: string | null; locality: string; country: string };
  email: string | null;
}

export interface DemoLetterTemplate {
  language: 'fr' | 'en';
  targetKey: string;
  subject: string;
  body: string;
}

export interface DemoCaseUpdate {
  publishedAt: string;
  title: DemoLocalized;
  body: DemoLocalized;
}

export interface DemoCase {
  slug: string;
  personName: string;
  country: string;
  themes: string[];
  status: 'ACTIVE' | 'RELEASED' | 'CLOSED';
  statusChangedOn: string | null;
  defaultLanguage: 'fr' | 'en';
  summary: DemoLocalized;
  story: DemoLocalized;
  petitionText: DemoLocalized;
  posterUrl: string | null;
  imageUrl: string | null;
  moreInfoUrl: string | null;
  campaignCodes: string[];
  published: boolean;
  targets: DemoTarget[];
  letterTemplates: DemoLetterTemplate[];
  updates: DemoCaseUpdate[];
}

const paragraphs = (...parts: string[]): string => parts.join('\n\n');

// ---------------------------------------------------------------------------
// Campaigns
// ---------------------------------------------------------------------------

export const DEMO_CAMPAIGNS: DemoCampaign[] = [
  {
    code: 'W4R-2020',
    kind: 'GLOBAL_MARATHON',
    name: {
      fr: 'Marathon des lettres — Écrire pour les droits 2020',
      en: 'Write for Rights 2020',
    },
    startsOn: '2020-11-20',
    endsOn: '2020-12-31',
    status: 'ENDED',
    // In 2019, members and supporters took six and a half million actions worldwide.
    goals: { actions: 6_500_000 },
  },
  {
    code: 'IAR-BE-FR',
    kind: 'INDIVIDUAL_AT_RISK',
    name: {
      fr: 'Agir pour une personne en danger',
      en: 'Act for an individual at risk',
    },
    startsOn: '2016-01-01',
    endsOn: null,
    status: 'ACTIVE',
    goals: { letters: 12_000, signatures: 10_000 },
  },
  {
    code: 'W4R-2013',
    kind: 'GLOBAL_MARATHON',
    name: {
      fr: 'Marathon des lettres — Écrire pour les droits 2013',
      en: 'Write for Rights 2013',
    },
    startsOn: '2013-12-01',
    endsOn: '2013-12-31',
    status: 'ENDED',
    goals: { letters: 1_000_000 },
  },
];

// ---------------------------------------------------------------------------
// Targets (public authorities only)
// ---------------------------------------------------------------------------

const DZ_PRESIDENT: DemoTarget = {
  key: 'dz-president',
  title: 'Monsieur le Président de la République',
  name: 'Abdelmadjid Tebboune',
  organisation: 'Présidence de la République algérienne démocratique et populaire',
  country: 'DZ',
  address: {
    street: 'Place Mohamed Seddik Benyahia, El Mouradia',
    postalCode: null,
    locality: 'Alger',
    country: 'DZ',
  },
  email: null,
};

const DZ_JUSTICE: DemoTarget = {
  key: 'dz-justice-minister',
  title: 'Monsieur le Ministre de la Justice, Garde des Sceaux',
  name: 'Belkacem Zeghmati',
  organisation: 'Ministère de la Justice',
  country: 'DZ',
  address: {
    street: '8 place Bir Hakem, El Biar',
    postalCode: '16030',
    locality: 'Alger',
    country: 'DZ',
  },
  email: null,
};

const CN_PREMIER: DemoTarget = {
  key: 'cn-premier',
  title: 'Premier Ministre du Conseil des affaires de l’État',
  name: 'Li Keqiang',
  organisation: 'Bureau général du Conseil des affaires de l’État',
  country: 'CN',
  address: {
    street: '2 Fuyoujie, Xichengqu',
    postalCode: '100017',
    locality: 'Beijing',
    country: 'CN',
  },
  email: null,
};

const CN_EMBASSY_BE: DemoTarget = {
  key: 'cn-embassy-be',
  title: 'Son Excellence Monsieur l’Ambassadeur',
  name: null,
  organisation: 'Ambassade de la République populaire de Chine en Belgique',
  country: 'BE',
  address: {
    street: 'Boulevard du Souverain 400',
    postalCode: '1160',
    locality: 'Bruxelles',
    country: 'BE',
  },
  email: null,
};

const SV_JUSTICE: DemoTarget = {
  key: 'sv-justice-minister',
  title: 'Señor Ministro de Justicia y Seguridad Pública',
  name: 'Mauricio Ramírez Landaverde',
  organisation: 'Ministerio de Justicia y Seguridad Pública',
  country: 'SV',
  address: {
    street: 'Alameda Juan Pablo II y 17 Avenida Norte, Complejo Plan Maestro, Edificio B1',
    postalCode: null,
    locality: 'San Salvador',
    country: 'SV',
  },
  email: null,
};

const SV_PRESIDENT: DemoTarget = {
  key: 'sv-president',
  title: 'Señor Presidente de la República',
  name: 'Salvador Sánchez Cerén',
  organisation: 'Casa Presidencial',
  country: 'SV',
  address: {
    street: 'Alameda Dr. Manuel Enrique Araujo 5500',
    postalCode: null,
    locality: 'San Salvador',
    country: 'SV',
  },
  email: null,
};

const IR_JUDICIARY: DemoTarget = {
  key: 'ir-head-of-judiciary',
  title: 'Chef du pouvoir judiciaire',
  name: 'Ayatollah Sadegh Larijani',
  organisation: 'Pouvoir judiciaire de la République islamique d’Iran',
  country: 'IR',
  address: {
    street: 'c/o Public Relations Office, Number 4, Deadend of 1 Azizi, Above Pasteur Intersection, Vali Asr Street',
    postalCode: null,
    locality: 'Tehran',
    country: 'IR',
  },
  email: 'info@dadiran.ir',
};

const IR_EMBASSY_BE: DemoTarget = {
  key: 'ir-embassy-be',
  title: 'Son Excellence Monsieur l’Ambassadeur',
  name: null,
  organisation: 'Ambassade de la République islamique d’Iran en Belgique',
  country: 'BE',
  address: {
    street: 'Avenue Franklin Roosevelt 15',
    postalCode: '1050',
    locality: 'Bruxelles',
    country: 'BE',
  },
  email: null,
};

const NG_DELTA_GOVERNOR: DemoTarget = {
  key: 'ng-delta-governor',
  title: 'His Excellency the Governor of Delta State',
  name: 'Emmanuel Eweta Uduaghan',
  organisation: 'Delta State Government',
  country: 'NG',
  address: {
    street: 'Government House',
    postalCode: null,
    locality: 'Asaba, Delta State',
    country: 'NG',
  },
  email: null,
};

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------

export const DEMO_CASES: DemoCase[] = [
  // -------------------------------------------------------------------------
  {
    slug: 'khaled-drareni',
    personName: 'Khaled Drareni',
    country: 'DZ',
    themes: ['freedom-of-expression', 'journalists', 'democracy'],
    status: 'ACTIVE',
    statusChangedOn: null,
    defaultLanguage: 'fr',
    summary: {
      fr: 'Le journaliste algérien Khaled Drareni est emprisonné pour avoir couvert les manifestations pacifiques du Hirak. Il est l’un des 10 cas du Marathon des lettres Écrire pour les droits 2020.',
      en: 'Algerian journalist Khaled Drareni is in prison for covering the peaceful Hirak protests. He is one of the 10 cases of Write for Rights 2020.',
    },
    story: {
      fr: paragraphs(
        'Khaled Drareni est un journaliste algérien indépendant, fondateur du site d’information Casbah Tribune et correspondant en Algérie de TV5 Monde et de Reporters sans frontières. Depuis février 2019, il couvre le Hirak, le mouvement de contestation pacifique qui rassemble chaque semaine des milliers d’Algériennes et d’Algériens dans la rue.',
        'Le 7 mars 2020, il est arrêté alors qu’il couvre une manifestation à Alger. Placé en détention à la fin du mois de mars, il est condamné en août 2020 à trois ans de prison pour « incitation à attroupement non armé » et « atteinte à l’intégrité du territoire national », une peine ramenée à deux ans en appel en septembre 2020. Son seul « crime » : avoir fait son travail de journaliste.',
        'Khaled Drareni est l’un des 10 cas du Marathon des lettres Écrire pour les droits 2020. Du 20 novembre au 31 décembre, des centaines de milliers de personnes dans plus de 170 pays et territoires se mobilisent pour sa libération. Comme le rappelle Hassina Oussedik, directrice d’Amnesty International Algérie, cette action internationale permet de faire pression sur les autorités et constitue une énorme source de soutien psychologique et d’encouragement pour lui et sa famille.',
        'Signez la pétition, écrivez aux autorités algériennes et envoyez-lui un message de solidarité : lettres, courriels, tweets, cartes postales… Chaque geste compte.',
      ),
      en: paragraphs(
        'Khaled Drareni is an independent Algerian journalist, founder of the news website Casbah Tribune and Algeria correspondent for TV5 Monde and Reporters Without Borders. Since February 2019 he has been covering the Hirak, the peaceful protest movement that brings thousands of Algerians onto the streets every week.',
        'On 7 March 2020 he was arrested while covering a demonstration in Algiers. Remanded in custody at the end of March, he was sentenced in August 2020 to three years in prison for “inciting an unarmed gathering” and “undermining national unity”, a sentence reduced to two years on appeal in September 2020. His only “crime”: doing his job as a journalist.',
        'Khaled Drareni is one of the 10 cases of Write for Rights 2020. From 20 November to 31 December, hundreds of thousands of people in more than 170 countries and territories are taking action for his release. As Hassina Oussedik, Director of Amnesty International Algeria, puts it, this international action puts pressure on the authorities and is a huge source of psychological support and encouragement for him and his family.',
        'Sign the petition, write to the Algerian authorities and send him a message of solidarity: letters, emails, tweets, postcards… Every action counts.',
      ),
    },
    petitionText: {
      fr: 'Monsieur le Président de la République, nous vous demandons de libérer immédiatement et sans condition le journaliste Khaled Drareni, détenu uniquement pour avoir exercé pacifiquement son droit à la liberté d’expression en couvrant les manifestations du Hirak, d’annuler sa condamnation et de garantir que les journalistes puissent travailler en Algérie sans crainte d’être arrêtés.',
      en: 'Mr President, we call on you to release journalist Khaled Drareni immediately and unconditionally, as he is detained solely for peacefully exercising his right to freedom of expression by covering the Hirak protests, to quash his conviction, and to ensure that journalists can work in Algeria without fear of arrest.',
    },
    posterUrl: null,
    imageUrl: null,
    moreInfoUrl: null,
    campaignCodes: ['W4R-2020'],
    published: true,
    targets: [DZ_PRESIDENT, DZ_JUSTICE],
    letterTemplates: [
      {
        language: 'fr',
        targetKey: 'dz-president',
        subject: 'Libérez le journaliste Khaled Drareni',
        body: paragraphs(
          'Monsieur le Président de la République,',
          'Je vous écris pour vous faire part de ma vive préoccupation au sujet du journaliste Khaled Drareni, arrêté le 7 mars 2020 alors qu’il couvrait une manifestation pacifique du Hirak à Alger, puis condamné à deux ans de prison en appel.',
          'Khaled Drareni n’a fait que son travail de journaliste : informer le public. Il est détenu uniquement pour avoir exercé pacifiquement son droit à la liberté d’expression, garanti par la Constitution algérienne et par le Pacte international relatif aux droits civils et politiques, que l’Algérie a ratifié.',
          'Je vous demande instamment de veiller à ce que Khaled Drareni soit libéré immédiatement et sans condition, que sa condamnation soit annulée et que les journalistes puissent exercer leur métier en Algérie sans être harcelés, arrêtés ou poursuivis.',
          'Je vous prie d’agréer, Monsieur le Président de la République, l’expression de ma haute considération.',
        ),
      },
      {
        language: 'en',
        targetKey: 'dz-president',
        subject: 'Free journalist Khaled Drareni',
        body: paragraphs(
          'Dear President,',
          'I am writing to express my deep concern about journalist Khaled Drareni, who was arrested on 7 March 2020 while covering a peaceful Hirak demonstration in Algiers and was later sentenced on appeal to two years in prison.',
          'Khaled Drareni was simply doing his job as a journalist: informing the public. He is detained solely for peacefully exercising his right to freedom of expression, which is guaranteed by the Algerian Constitution and by the International Covenant on Civil and Political Rights, to which Algeria is a state party.',
          'I urge you to ensure that Khaled Drareni is released immediately and unconditionally, that his conviction is quashed, and that journalists in Algeria can do their work without being harassed, arrested or prosecuted.',
          'Yours sincerely,',
        ),
      },
      {
        language: 'fr',
        targetKey: 'dz-justice-minister',
        subject: 'Khaled Drareni doit être libéré',
        body: paragraphs(
          'Monsieur le Ministre,',
          'Le journaliste Khaled Drareni est emprisonné depuis mars 2020 pour avoir couvert les manifestations pacifiques du Hirak. Informer n’est pas un crime.',
          'Je vous demande de tout mettre en œuvre pour que Khaled Drareni soit libéré immédiatement et sans condition, et pour que cessent les poursuites engagées contre des journalistes en raison de leur travail.',
          'Je vous prie d’agréer, Monsieur le Ministre, l’expression de ma haute considération.',
        ),
      },
    ],
    updates: [
      {
        publishedAt: '2020-09-15T17:00:00Z',
        title: {
          fr: 'Peine réduite en appel, mais Khaled reste en prison',
          en: 'Sentence reduced on appeal, but Khaled remains in prison',
        },
        body: {
          fr: 'La cour d’appel d’Alger a ramené la peine de Khaled Drareni de trois à deux ans de prison. Une peine réduite reste une peine injuste : Khaled n’aurait jamais dû être arrêté. Continuons à nous mobiliser pour sa libération.',
          en: 'The Algiers Court of Appeal reduced Khaled Drareni’s sentence from three to two years in prison. A shorter sentence is still an unjust one: Khaled should never have been arrested. Let’s keep up the pressure for his release.',
        },
      },
      {
        publishedAt: '2020-11-20T08:00:00Z',
        title: {
          fr: 'Le Marathon des lettres 2020 est lancé !',
          en: 'Write for Rights 2020 starts today!',
        },
        body: {
          fr: 'Jusqu’au 31 décembre, des centaines de milliers de personnes dans plus de 170 pays et territoires se mobilisent pour Khaled Drareni. Depuis 2011, les membres et sympathisant·e·s d’Amnesty International en Algérie participent activement à cette campagne de solidarité internationale. Signez la pétition et écrivez aux autorités algériennes !',
          en: 'Until 31 December, hundreds of thousands of people in more than 170 countries and territories are taking action for Khaled Drareni. Amnesty International members and supporters in Algeria have been taking part in this global solidarity campaign since 2011. Sign the petition and write to the Algerian authorities!',
        },
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    slug: 'su-changlan',
    personName: 'Su Changlan',
    country: 'CN',
    themes: ['womens-rights', 'democracy', 'human-rights-defenders'],
    status: 'RELEASED',
    statusChangedOn: '2017-10-26',
    defaultLanguage: 'fr',
    summary: {
      fr: 'Su Changlan a été emprisonnée pour avoir milité en faveur de la démocratie et des droits des femmes en Chine. Elle a été libérée le 26 octobre 2017.',
      en: 'Su Changlan was imprisoned for campaigning for democracy and women’s rights in China. She was released on 26 October 2017.',
    },
    story: {
      fr: paragraphs(
        'Su Changlan est une militante chinoise des droits des femmes, originaire de la province du Guangdong. Pendant des années, elle s’est engagée pour les droits des femmes et des habitantes et habitants des campagnes.',
        'En octobre 2014, elle est arrêtée après avoir exprimé en ligne son soutien aux manifestations pro-démocratie de Hong Kong. Accusée d’« incitation à la subversion de l’État », elle passe de longs mois en détention avant d’être condamnée à trois ans de prison en 2017, pour avoir simplement exercé pacifiquement sa liberté d’expression.',
        'Les membres du réseau « Agir pour une personne en danger » lui ont écrit et ont écrit aux autorités chinoises, mois après mois, avec obstination. Su Changlan a été libérée le 26 octobre 2017. Merci à toutes celles et ceux qui n’ont jamais baissé les bras !',
      ),
      en: paragraphs(
        'Su Changlan is a Chinese women’s rights activist from Guangdong province. For years she campaigned for the rights of women and of people living in rural areas.',
        'In October 2014 she was detained after voicing online her support for the pro-democracy protests in Hong Kong. Charged with “inciting subversion of state power”, she spent many months in detention before being sentenced in 2017 to three years in prison, simply for peacefully exercising her right to freedom of expression.',
        'Members of the “Act for an individual at risk” network wrote to her and to the Chinese authorities, month after month, with unfailing determination. Su Changlan was released on 26 October 2017. Thank you to everyone who never gave up!',
      ),
    },
    petitionText: {
      fr: 'Nous demandons aux autorités chinoises de libérer immédiatement et sans condition Su Changlan, emprisonnée uniquement pour avoir milité pacifiquement en faveur de la démocratie et des droits des femmes, et, dans l’attente de sa libération, de lui garantir l’accès aux soins médicaux dont elle a besoin et à sa famille.',
      en: 'We call on the Chinese authorities to release Su Changlan immediately and unconditionally, as she is imprisoned solely for peacefully campaigning for democracy and women’s rights, and, pending her release, to guarantee her access to the medical care she needs and to her family.',
    },
    posterUrl: null,
    imageUrl: null,
    moreInfoUrl: 'https://www.amnesty.be/changlan',
    campaignCodes: ['IAR-BE-FR'],
    published: true,
    targets: [CN_PREMIER, CN_EMBASSY_BE],
    letterTemplates: [],
    updates: [
      {
        publishedAt: '2017-10-26T12:00:00Z',
        title: {
          fr: 'Su Changlan est libre !',
          en: 'Su Changlan is free!',
        },
        body: {
          fr: 'Libérée le 26 octobre 2017 ! Su Changlan, emprisonnée pour avoir milité en faveur de la démocratie et des droits des femmes en Chine, est sortie de prison. Votre mobilisation, lettre après lettre, a compté. Merci !',
          en: 'Released on 26 October 2017! Su Changlan, imprisoned for campaigning for democracy and women’s rights in China, has walked out of prison. Your letters, one after another, made a difference. Thank you!',
        },
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    slug: 'teodora-del-carmen-vasquez',
    personName: 'Teodora del Carmen Vásquez',
    country: 'SV',
    themes: ['womens-rights', 'sexual-and-reproductive-rights'],
    status: 'ACTIVE',
    statusChangedOn: null,
    defaultLanguage: 'fr',
    summary: {
      fr: 'Au Salvador, Teodora del Carmen Vásquez est condamnée à 30 ans de prison pour « homicide avec circonstances aggravantes » après avoir accouché d’un enfant mort-né.',
      en: 'In El Salvador, Teodora del Carmen Vásquez has been sentenced to 30 years in prison for “aggravated homicide” after giving birth to a stillborn baby.',
    },
    story: {
      fr: paragraphs(
        'En 2007, Teodora del Carmen Vásquez, enceinte, ressent de violentes douleurs alors qu’elle est au travail. Elle appelle les secours, puis perd connaissance. Son enfant est mort-né. Au lieu de recevoir des soins, elle est arrêtée par la police, soupçonnée d’avoir provoqué un avortement.',
        'En 2008, elle est condamnée à 30 ans de prison pour « homicide avec circonstances aggravantes ». Au Salvador, l’avortement est totalement interdit, en toutes circonstances. Des femmes qui ont subi une fausse couche ou une urgence obstétricale, le plus souvent issues de milieux pauvres, sont poursuivies et lourdement condamnées.',
        'Teodora n’aurait jamais dû être emprisonnée. Écrivez aux autorités salvadoriennes, régulièrement, obstinément… jusqu’à sa libération.',
      ),
      en: paragraphs(
        'In 2007, Teodora del Carmen Vásquez, who was pregnant, felt severe pain while at work. She called the emergency services and then lost consciousness. Her baby was stillborn. Instead of receiving medical care, she was arrested by the police on suspicion of having had an abortion.',
        'In 2008 she was sentenced to 30 years in prison for “aggravated homicide”. Abortion is banned in all circumstances in El Salvador. Women who have suffered a miscarriage or an obstetric emergency, most of them from poor backgrounds, are prosecuted and handed heavy sentences.',
        'Teodora should never have been imprisoned. Write to the Salvadoran authorities, regularly and relentlessly… until she is free.',
      ),
    },
    petitionText: {
      fr: 'Nous demandons aux autorités du Salvador de libérer immédiatement et sans condition Teodora del Carmen Vásquez, condamnée à 30 ans de prison après avoir accouché d’un enfant mort-né, ainsi que toutes les femmes emprisonnées à la suite de complications obstétricales, et d’abroger l’interdiction totale de l’avortement.',
      en: 'We call on the authorities of El Salvador to release immediately and unconditionally Teodora del Carmen Vásquez, sentenced to 30 years in prison after giving birth to a stillborn baby, as well as all women imprisoned following obstetric complications, and to repeal the total ban on abortion.',
    },
    posterUrl: null,
    imageUrl: null,
    moreInfoUrl: 'https://www.amnesty.be/teodora',
    campaignCodes: ['IAR-BE-FR'],
    published: true,
    targets: [SV_JUSTICE, SV_PRESIDENT],
    letterTemplates: [
      {
        language: 'fr',
        targetKey: 'sv-justice-minister',
        subject: 'Libérez Teodora del Carmen Vásquez',
        body: paragraphs(
          'Monsieur le Ministre,',
          'Je vous écris au sujet de Teodora del Carmen Vásquez, condamnée à 30 ans de prison pour « homicide avec circonstances aggravantes » après avoir accouché d’un enfant mort-né en 2007.',
          'Teodora a vécu une urgence obstétricale. Elle avait besoin de soins, pas d’une condamnation. Aucune femme ne devrait être emprisonnée pour avoir perdu son enfant.',
          'Je vous demande de prendre toutes les mesures en votre pouvoir pour que Teodora del Carmen Vásquez soit libérée immédiatement et sans condition, ainsi que toutes les femmes emprisonnées au Salvador à la suite de complications liées à leur grossesse.',
          'Je vous prie d’agréer, Monsieur le Ministre, l’expression de ma haute considération.',
        ),
      },
      {
        language: 'en',
        targetKey: 'sv-justice-minister',
        subject: 'Free Teodora del Carmen Vásquez',
        body: paragraphs(
          'Dear Minister,',
          'I am writing to you about Teodora del Carmen Vásquez, who was sentenced to 30 years in prison for “aggravated homicide” after giving birth to a stillborn baby in 2007.',
          'Teodora suffered an obstetric emergency. She needed medical care, not a prison sentence. No woman should be jailed for losing her baby.',
          'I urge you to take every step within your power to ensure that Teodora del Carmen Vásquez is released immediately and unconditionally, together with all women imprisoned in El Salvador following pregnancy-related complications.',
          'Yours sincerely,',
        ),
      },
    ],
    updates: [
      {
        publishedAt: '2017-12-13T18:00:00Z',
        title: {
          fr: 'La condamnation de Teodora confirmée : une injustice de plus',
          en: 'Teodora’s sentence upheld: another injustice',
        },
        body: {
          fr: 'La justice salvadorienne a refusé de réviser la condamnation de Teodora, qui reste derrière les barreaux. Ne baissons pas les bras : continuons d’écrire chaque mois aux autorités du Salvador.',
          en: 'The Salvadoran courts refused to overturn Teodora’s conviction, and she remains behind bars. We will not give up: let’s keep writing to the authorities of El Salvador every month.',
        },
      },
    ],
  },

  // -------------------------------------------------------------------------
  {
    slug: 'hamid-babaei',
    personName: 'Hamid Babaei',
    country: 'IR',
    themes: ['academic-freedom', 'fair-trial', 'prisoners-of-conscience'],
    status: 'ACTIVE',
    statusChangedOn: null,
    defaultLanguage: 'fr',
    summary: {
      fr: 'Hamid Babaei, doctorant à l’Université de Liège/HEC, est condamné en Iran à six ans de prison pour avoir refusé d’espionner d’autres étudiants iraniens en Belgique.',
      en: 'Hamid Babaei, a doctoral student at the University of Liège/HEC, has been sentenced in Iran to six years in prison for refusing to spy on other Iranian students in Belgium.',
    },
    story: {
      fr: paragraphs(
        'Hamid Babaei est un doctorant iranien inscrit à HEC, l’école de gestion de l’Université de Liège. Lors d’un séjour dans sa famille en Iran en 2013, les services de renseignement iraniens lui ont demandé d’espionner d’autres étudiants iraniens en Belgique. Il a refusé.',
        'Il a alors été arrêté, puis condamné à six ans de prison à l’issue d’un procès inéquitable. Il est un prisonnier d’opinion, emprisonné uniquement pour avoir refusé de collaborer avec les services de renseignement.',
        'À Liège et partout en Belgique, ses collègues, ses ami·e·s et les membres d’Amnesty se mobilisent pour lui. Écrivez aux autorités iraniennes et à l’ambassade d’Iran en Belgique : ensemble, sortons Hamid de l’oubli.',
      ),
      en: paragraphs(
        'Hamid Babaei is an Iranian doctoral student at HEC, the management school of the University of Liège. While visiting his family in Iran in 2013, he was asked by the Iranian intelligence services to spy on other Iranian students in Belgium. He refused.',
        'He was then arrested and sentenced to six years in prison after an unfair trial. He is a prisoner of conscience, jailed solely for refusing to work for the intelligence services.',
        'In Liège and across Belgium, his colleagues, his friends and Amnesty members are taking action for him. Write to the Iranian authorities and to the Iranian embassy in Belgium: together, let’s make sure Hamid is not forgotten.',
      ),
    },
    petitionText: {
      fr: 'Nous demandons aux autorités iraniennes de libérer immédiatement et sans condition Hamid Babaei, doctorant à l’Université de Liège, condamné à six ans de prison pour avoir refusé d’espionner d’autres étudiants iraniens en Belgique, et, dans l’attente de sa libération, de lui garantir l’accès à sa famille, à un avocat de son choix et aux soins médicaux dont il a besoin.',
      en: 'We call on the Iranian authorities to release immediately and unconditionally Hamid Babaei, a doctoral student at the University of Liège sentenced to six years in prison for refusing to spy on other Iranian students in Belgium, and, pending his release, to guarantee him access to his family, to a lawyer of his choice and to any medical care he needs.',
    },
    posterUrl: null,
    imageUrl: null,
    moreInfoUrl: 'https://www.amnesty.be/hamid',
    campaignCodes: ['IAR-BE-FR'],
    published: true,
    targets: [IR_JUDICIARY, IR_EMBASSY_BE],
    letterTemplates: [
      {
        language: 'fr',
        targetKey: 'ir-head-of-judiciary',
        subject: 'Libérez Hamid Babaei',
        body: paragraphs(
          'Monsieur le Chef du pouvoir judiciaire,',
          'Je vous écris au sujet de Hamid Babaei, doctorant à l’Université de Liège, condamné à six ans de prison pour avoir refusé d’espionner d’autres étudiants iraniens en Belgique.',
          'Hamid Babaei est un prisonnier d’opinion. Il n’a commis aucun crime : il a simplement refusé de collaborer avec les services de renseignement. Son procès n’a pas respecté les normes internationales d’équité.',
          'Je vous demande de veiller à ce que Hamid Babaei soit libéré immédiatement et sans condition et, dans l’attente de sa libération, qu’il puisse voir régulièrement sa famille, consulter l’avocat de son choix et recevoir tous les soins médicaux dont il a besoin.',
          'Je vous prie d’agréer, Monsieur le Chef du pouvoir judiciaire, l’expression de ma haute considération.',
        ),
      },
      {
        language: 'en',
        targetKey: 'ir-head-of-judiciary',
        subject: 'Release Hamid Babaei',
        body: paragraphs(
          'Dear Head of the Judiciary,',
          'I am writing to you about Hamid Babaei, a doctoral student at the University of Liège in Belgium, who has been sentenced to six years in prison for refusing to spy on other Iranian students in Belgium.',
          'Hamid Babaei is a prisoner of conscience. He has committed no crime: he simply refused to work for the intelligence services. His trial did not meet international fair trial standards.',
          'I urge you to ensure that Hamid Babaei is released immediately and unconditionally and, pending his release, that he has regular access to his family, to a lawyer of his choice and to any medical care he needs.',
          'Yours sincerely,',
        ),
      },
      {
        language: 'fr',
        targetKey: 'ir-embassy-be',
        subject: 'Hamid Babaei, doctorant à Liège, doit être libéré',
        body: paragraphs(
          'Excellence,',
          'Hamid Babaei, doctorant à l’Université de Liège/HEC, purge en Iran une peine de six ans de prison pour avoir refusé d’espionner d’autres étudiants iraniens en Belgique.',
          'Je vous prie de transmettre aux autorités de votre pays ma demande qu’il soit libéré immédiatement et sans condition, afin qu’il puisse retrouver sa famille et reprendre ses études.',
          'Je vous prie d’agréer, Excellence, l’expression de ma haute considération.',
        ),
      },
    ],
    updates: [],
  },

  // -------------------------------------------------------------------------
  {
    slug: 'moses-akatugba',
    personName: 'Moses Akatugba',
    country: 'NG',
    themes: ['death-penalty', 'torture', 'children'],
    status: 'RELEASED',
    statusChangedOn: '2015-05-28',
    defaultLanguage: 'en',
    summary: {
      fr: 'Moses Akatugba, un adolescent nigérian, a été condamné à mort alors qu’il avait 15 ans. Après huit ans de prison et 800 000 lettres de sympathisant·e·s d’Amnesty International, il a été libéré.',
      en: 'Moses Akatugba, a Nigerian teenager, was sentenced to death when he was 15. After eight years in prison and 800,000 letters from Amnesty International supporters, he was freed.',
    },
    story: {
      fr: paragraphs(
        'Moses Akatugba était un adolescent lorsqu’il a été arrêté au Nigeria. Il affirme avoir été torturé pendant sa détention. Il a été condamné à mort alors qu’il avait 15 ans.',
        'En 2013, son cas a été l’un de ceux du Marathon des lettres Écrire pour les droits. Des sympathisant·e·s d’Amnesty International du monde entier ont écrit au gouverneur de l’État du Delta pour demander sa grâce, et à Moses pour lui dire qu’il n’était pas seul.',
        'Après huit ans de prison et 800 000 lettres, Moses a été gracié par le gouverneur de l’État du Delta et libéré. « Ces lettres m’ont permis de garder espoir. Je suis vivant aujourd’hui grâce à ces lettres. Donc vos lettres peuvent sauver une vie. »',
      ),
      en: paragraphs(
        'Moses Akatugba was a teenager when he was arrested in Nigeria. He says he was tortured in detention. He was sentenced to death when he was 15.',
        'In 2013 his case was one of those featured in Write for Rights. Amnesty International supporters around the world wrote to the Governor of Delta State asking for his pardon, and to Moses to tell him he was not alone.',
        'After eight years in prison and 800,000 letters, Moses was pardoned by the Governor of Delta State and freed. “Those letters kept my hope alive. I am alive today because of those letters. So your letters can save a life.”',
      ),
    },
    petitionText: {
      fr: 'Monsieur le Gouverneur, nous vous demandons d’accorder votre grâce à Moses Akatugba, condamné à mort alors qu’il était adolescent, d’ordonner une enquête indépendante sur ses allégations de torture et de veiller à ce qu’aucune personne âgée de moins de 18 ans au moment des faits ne soit condamnée à mort.',
      en: 'Your Excellency, we call on you to pardon Moses Akatugba, who was sentenced to death as a teenager, to order an independent investigation into his allegations of torture, and to ensure that no one who was under 18 at the time of the alleged offence is sentenced to death.',
    },
    posterUrl: null,
    imageUrl: null,
    moreInfoUrl: null,
    campaignCodes: ['W4R-2013'],
    published: true,
    targets: [NG_DELTA_GOVERNOR],
    letterTemplates: [],
    updates: [
      {
        publishedAt: '2015-05-28T12:00:00Z',
        title: {
          fr: 'Moses Akatugba est libre !',
          en: 'Moses Akatugba is free!',
        },
        body: {
          fr: 'Le gouverneur de l’État du Delta a gracié Moses Akatugba. Son message à toutes celles et ceux qui lui ont écrit : « Je suis libre car des personnes comme vous ont envoyé des lettres pour me soutenir. Après huit ans de prison et 800 000 lettres de sympathisant·e·s d’Amnesty International du monde entier, j’ai été libéré. Ces lettres m’ont permis de garder espoir. Je suis vivant aujourd’hui grâce à ces lettres. Donc vos lettres peuvent sauver une vie. »',
          en: 'The Governor of Delta State has pardoned Moses Akatugba. His message to everyone who wrote for him: “I am free because people like you sent letters to support me. After eight years in prison and 800,000 letters from Amnesty International supporters around the world, I was released. Those letters kept my hope alive. I am alive today because of those letters. So your letters can save a life.”',
        },
      },
    ],
  },
];
