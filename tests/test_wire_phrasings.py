"""How wire services state diplomatic events, in sentences of our own, through the real model.

Xinhua, KUNA, WAM, SPA, TASS, PTI, APP, Bernama, Anadolu and government readouts state a meeting,
a support statement or a project proposal in a small number of stock phrasings. Each case below is
one such phrasing written for this file (no sentence or party of an evaluation article); the negative
cases are the stock phrasings of what is not an event (planned, hoped-for, negated, rumoured, generic
cooperation, thanks and greetings).

Each positive case asserts one event of the type, the states of the parties in each role given, and
for a proposal a word the project must contain. Each negative case asserts that none of the listed
event types is found.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"


def _case(case_id, text, event_type, roles, project=None, xfail=None):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, event_type, roles, project, id=case_id, marks=marks)


def _no(case_id, text, types=("MEETING", "SUPPORT_STATEMENT", "PROJECT_PROPOSAL"), xfail=None):
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, tuple(types), id=case_id, marks=marks)


def _countries(row, role):
    return {a["country"] for a in row["actors"] if a["role"] == role}


MEETINGS = [
    _case(
        "received-visiting",
        "Chinese President Xi Jinping received visiting Kazakh President Kassym-Jomart Tokayev in Beijing on Tuesday.",
        "MEETING",
        {"participant": {"CHN", "KAZ"}},
    ),
    _case(
        "received-who-is-on-a-visit",
        "Saudi Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif, who is on an "
        "official visit to the Kingdom.",
        "MEETING",
        {"participant": {"SAU", "PAK"}},
    ),
    _case(
        "held-talks-on",
        "Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim held talks on border issues "
        "in Jakarta on Monday.",
        "MEETING",
        {"participant": {"IDN", "MYS"}},
    ),
    _case(
        "met-a-delegation-led-by",
        "Egyptian Foreign Minister Sameh Shoukry met with a Jordanian delegation led by Foreign Minister Ayman "
        "Safadi on Sunday.",
        "MEETING",
        {"participant": {"EGY", "JOR"}},
    ),
    _case(
        "phone-conversation-with-counterpart",
        "Russian Foreign Minister Sergei Lavrov held a phone conversation with his Turkish counterpart Hakan Fidan "
        "on Thursday.",
        "MEETING",
        {"participant": {"RUS", "TUR"}},
    ),
    _case(
        "hosted-a-luncheon-for",
        "UAE President Sheikh Mohamed bin Zayed hosted a luncheon for Kenyan President William Ruto in Abu Dhabi "
        "on Wednesday.",
        "MEETING",
        {"participant": {"ARE", "KEN"}},
    ),
    _case(
        "called-on",
        "Vietnamese Ambassador Nguyen Van Thao called on Indian External Affairs Minister Subrahmanyam Jaishankar "
        "in New Delhi on Friday.",
        "MEETING",
        {"participant": {"VNM", "IND"}},
    ),
    _case(
        "co-chaired-the-joint-commission",
        "Turkish Trade Minister Omer Bolat and Iraqi Trade Minister Atheer al-Ghurairi co-chaired the tenth session "
        "of the Turkish-Iraqi joint economic commission in Ankara on Monday.",
        "MEETING",
        {"participant": {"TUR", "IRQ"}},
    ),
    _case(
        "received-a-phone-call-from",
        "Kuwaiti Foreign Minister Abdullah Al-Yahya received a phone call from his Omani counterpart Badr "
        "Albusaidi on Sunday.",
        "MEETING",
        {"participant": {"KWT", "OMN"}},
    ),
    _case(
        "met-on-the-sidelines",
        "Pakistani Prime Minister Shehbaz Sharif met Chinese Premier Li Qiang on the sidelines of the Shanghai "
        "Cooperation Organisation summit in Astana on Thursday.",
        "MEETING",
        {"participant": {"PAK", "CHN"}},
    ),
    _case(
        "held-a-virtual-meeting",
        "Bangladeshi Prime Minister Sheikh Hasina and Indian Prime Minister Narendra Modi held a virtual meeting "
        "on Tuesday.",
        "MEETING",
        {"participant": {"BGD", "IND"}},
    ),
    _case(
        "paid-a-state-visit",
        "Philippine President Ferdinand Marcos paid a state visit to Japan last month.",
        "MEETING",
        {"participant": {"PHL", "JPN"}},
    ),
    _case(
        "during-the-meeting-exchanged-views",
        "During the meeting, Azerbaijani President Ilham Aliyev and Georgian Prime Minister Irakli Kobakhidze "
        "exchanged views on regional security.",
        "MEETING",
        {"participant": {"AZE", "GEO"}},
    ),
    _case(
        "held-a-telephone-call",
        "Qatari Emir Sheikh Tamim bin Hamad Al Thani held a telephone call with French President Emmanuel Macron "
        "on Saturday.",
        "MEETING",
        {"participant": {"QAT", "FRA"}},
    ),
    _case(
        "welcomed-a-visitor-at-a-palace",
        "Brazilian President Luiz Inacio Lula da Silva welcomed Argentine President Javier Milei at the Planalto "
        "Palace on Monday.",
        "MEETING",
        {"participant": {"BRA", "ARG"}},
    ),
    _case(
        "had-a-meeting-with-an-ambassador",
        "Nepali Prime Minister Pushpa Kamal Dahal had a meeting with Chinese Ambassador Chen Song in Kathmandu on "
        "Wednesday.",
        "MEETING",
        {"participant": {"NPL", "CHN"}},
    ),
    _case(
        "held-a-video-conference",
        "Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Cho Tae-yul held a video "
        "conference on Friday.",
        "MEETING",
        {"participant": {"JPN", "KOR"}},
    ),
    _case(
        "granted-an-audience",
        "Omani Sultan Haitham bin Tarik granted an audience to Iranian Foreign Minister Hossein Amir-Abdollahian "
        "in Muscat on Tuesday.",
        "MEETING",
        {"participant": {"OMN", "IRN"}},
    ),
    _case(
        "received-in-audience",
        "Bahraini King Hamad bin Isa Al Khalifa received in audience the visiting Egyptian Prime Minister Mostafa "
        "Madbouly on Sunday.",
        "MEETING",
        {"participant": {"BHR", "EGY"}},
    ),
    _case(
        "conferred-with",
        "Kazakh President Kassym-Jomart Tokayev conferred with Uzbek President Shavkat Mirziyoyev in Tashkent on "
        "Friday.",
        "MEETING",
        {"participant": {"KAZ", "UZB"}},
    ),
    _case(
        "spoke-by-phone-with",
        "Australian Prime Minister Anthony Albanese spoke by phone with New Zealand Prime Minister Christopher "
        "Luxon on Thursday.",
        "MEETING",
        {"participant": {"AUS", "NZL"}},
    ),
    _case(
        "titled-pair-held-talks",
        "Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif held talks in Beijing on Tuesday.",
        "MEETING",
        {"participant": {"CHN", "PAK"}},
    ),
    _case(
        "titled-pair-discussed-in-a-telephone-conversation",
        "Turkish Foreign Minister Hakan Fidan and Russian Foreign Minister Sergei Lavrov discussed the Syrian "
        "settlement in a telephone conversation.",
        "MEETING",
        {"participant": {"TUR", "RUS"}},
    ),
    _case(
        "ministers-of-two-states-discussed-over-the-phone",
        "The foreign ministers of Oman and Iran discussed regional developments over the phone.",
        "MEETING",
        {"participant": {"OMN", "IRN"}},
    ),
    _case(
        "received-a-delegation-of-congressmen",
        "Egyptian President Abdel Fattah al-Sisi received a delegation of US congressmen in Cairo on Monday.",
        "MEETING",
        {"participant": {"EGY", "USA"}},
    ),
    _case(
        "interacted-with-counterpart",
        "Indian External Affairs Minister Subrahmanyam Jaishankar interacted with his Singaporean counterpart "
        "Vivian Balakrishnan in Singapore.",
        "MEETING",
        {"participant": {"IND", "SGP"}},
    ),
    _case(
        "delegation-held-talks-with-unnamed-officials",
        "A Bahraini delegation led by Foreign Minister Abdullatif Al Zayani held talks with Iranian officials in "
        "Tehran.",
        "MEETING",
        {"participant": {"BHR", "IRN"}},
    ),
    _case(
        "reviewed-something-in-a-phone-call",
        "Emirati Foreign Minister Sheikh Abdullah bin Zayed and US Secretary of State Antony Blinken reviewed the "
        "strategic partnership in a phone call.",
        "MEETING",
        {"participant": {"ARE", "USA"}},
    ),
]

SUPPORT = [
    _case(
        "reiterated-firm-support-for",
        "Chinese Foreign Minister Wang Yi reiterated China's firm support for Serbia in safeguarding its sovereignty.",
        "SUPPORT_STATEMENT",
        {"source": {"CHN"}, "target": {"SRB"}},
    ),
    _case(
        "expressed-solidarity-with",
        "Turkish President Recep Tayyip Erdogan expressed his country's solidarity with the people of Morocco.",
        "SUPPORT_STATEMENT",
        {"source": {"TUR"}, "target": {"MAR"}},
    ),
    _case(
        "voiced-backing-for",
        "Saudi Foreign Minister Prince Faisal bin Farhan voiced the Kingdom's backing for Jordan's efforts to "
        "deliver aid.",
        "SUPPORT_STATEMENT",
        {"source": {"SAU"}, "target": {"JOR"}},
    ),
    _case(
        "said-his-country-stands-by",
        "Cuban President Miguel Diaz-Canel said his country stands by Venezuela.",
        "SUPPORT_STATEMENT",
        {"source": {"CUB"}, "target": {"VEN"}},
    ),
    _case(
        "welcomed-a-decision",
        "Kuwait welcomed Egypt's decision to host a conference on the reconstruction of Gaza.",
        "SUPPORT_STATEMENT",
        {"source": {"KWT"}, "target": {"EGY"}},
    ),
    _case(
        "condemned-and-reaffirmed-support",
        "Jordanian King Abdullah II condemned the attack and reaffirmed his country's support for Iraq's security "
        "and stability.",
        "SUPPORT_STATEMENT",
        {"source": {"JOR"}, "target": {"IRQ"}},
    ),
    _case(
        "hailed-the-success-of",
        "Russian President Vladimir Putin hailed the success of the BRICS summit hosted by South Africa.",
        "SUPPORT_STATEMENT",
        {"source": {"RUS"}},
    ),
    _case(
        "endorsed-a-bid",
        "Indian Prime Minister Narendra Modi endorsed Indonesia's bid to join the OECD.",
        "SUPPORT_STATEMENT",
        {"source": {"IND"}, "target": {"IDN"}},
    ),
    _case(
        "reaffirmed-unwavering-support-for-a-people",
        "The Pakistani Foreign Office reaffirmed Pakistan's unwavering support for the people of Palestine.",
        "SUPPORT_STATEMENT",
        {"source": {"PAK"}, "target": {"PSE"}},
    ),
    _case(
        "voiced-support-for-a-government",
        "Iranian Foreign Minister Hossein Amir-Abdollahian voiced support for the Syrian government.",
        "SUPPORT_STATEMENT",
        {"source": {"IRN"}, "target": {"SYR"}},
    ),
    _case(
        "praised-mediation-efforts",
        "Malaysian Prime Minister Anwar Ibrahim praised Qatar's mediation efforts in the Gaza conflict.",
        "SUPPORT_STATEMENT",
        {"source": {"MYS"}, "target": {"QAT"}},
    ),
    _case(
        "congratulated-on-an-election",
        "Kenyan President William Ruto congratulated Senegal on the successful conduct of its presidential election.",
        "SUPPORT_STATEMENT",
        {"source": {"KEN"}, "target": {"SEN"}},
    ),
    _case(
        "affirmed-full-support-for",
        "Egyptian President Abdel Fattah al-Sisi affirmed Egypt's full support for Sudan's unity and territorial "
        "integrity.",
        "SUPPORT_STATEMENT",
        {"source": {"EGY"}, "target": {"SDN"}},
    ),
    _case(
        "said-fully-supports-a-position",
        "Belarusian President Alexander Lukashenko said Belarus fully supports Russia's position on Ukraine.",
        "SUPPORT_STATEMENT",
        {"source": {"BLR"}, "target": {"RUS"}},
    ),
    _case(
        "bloc-reiterated-support",
        "The European Union reiterated its unwavering support for Ukraine's sovereignty and territorial integrity.",
        "SUPPORT_STATEMENT",
        {"target": {"UKR"}},
    ),
    _case(
        "lauded-efforts",
        "The United Arab Emirates lauded Saudi Arabia's efforts to restore stability in Yemen.",
        "SUPPORT_STATEMENT",
        {"source": {"ARE"}, "target": {"SAU"}},
    ),
    _case(
        "renewed-support-for-a-cause",
        "Algeria renewed its unwavering support for the Palestinian cause.",
        "SUPPORT_STATEMENT",
        {"source": {"DZA"}},
    ),
    _case(
        "expressed-backing-of",
        "Venezuelan Foreign Minister Yvan Gil expressed Venezuela's backing of Nicaragua against foreign sanctions.",
        "SUPPORT_STATEMENT",
        {"source": {"VEN"}, "target": {"NIC"}},
    ),
    _case(
        "commended-a-chairmanship",
        "Uzbek President Shavkat Mirziyoyev commended Kazakhstan's chairmanship of the Shanghai Cooperation "
        "Organisation.",
        "SUPPORT_STATEMENT",
        {"source": {"UZB"}, "target": {"KAZ"}},
    ),
    _case(
        "threw-its-weight-behind",
        "Brazil threw its weight behind India's bid for a permanent seat on the UN Security Council.",
        "SUPPORT_STATEMENT",
        {"source": {"BRA"}, "target": {"IND"}},
    ),
    _case(
        "valued-a-role",
        "Kuwait valued Qatar's role in mediating the ceasefire.",
        "SUPPORT_STATEMENT",
        {"source": {"KWT"}, "target": {"QAT"}},
    ),
    _case(
        "stand-in-favour-of",
        "India reiterated its principled stand in favour of a two-state solution.",
        "SUPPORT_STATEMENT",
        {"source": {"IND"}},
    ),
    _case(
        "assured-a-two-word-demonym-leader-of-support",
        "Indian Prime Minister Narendra Modi assured Sri Lankan President Ranil Wickremesinghe of India's full "
        "support.",
        "SUPPORT_STATEMENT",
        {"source": {"IND"}, "target": {"LKA"}},
    ),
]

PROPOSALS = [
    _case(
        "called-for-speeding-up-construction",
        "Chinese Premier Li Qiang called for speeding up the construction of the China-Kyrgyzstan-Uzbekistan railway.",
        "PROJECT_PROPOSAL",
        {"proposer": {"CHN"}},
        project="railway",
    ),
    _case(
        "proposed-establishing-a-fund",
        "Indonesian President Joko Widodo proposed establishing a joint ASEAN infrastructure fund.",
        "PROJECT_PROPOSAL",
        {"proposer": {"IDN"}},
        project="fund",
    ),
    _case(
        "expressed-readiness-to-cooperate-on-a-project",
        "Egyptian Prime Minister Mostafa Madbouly expressed Egypt's readiness to cooperate with Saudi Arabia on the "
        "electricity interconnection project.",
        "PROJECT_PROPOSAL",
        {"proposer": {"EGY"}},
        project="interconnection",
    ),
    _case(
        "agreed-to-push-forward-a-corridor",
        "Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif agreed to push forward the "
        "China-Pakistan Economic Corridor.",
        "PROJECT_PROPOSAL",
        {"proposer": {"CHN", "PAK"}},
        project="Corridor",
    ),
    _case(
        "invited-companies-to-invest-in",
        "Vietnamese Prime Minister Pham Minh Chinh invited South Korean companies to invest in the Long Thanh "
        "airport project.",
        "PROJECT_PROPOSAL",
        {"proposer": {"VNM"}},
        project="airport",
    ),
    _case(
        "suggested-setting-up-a-working-group",
        "Kazakh Foreign Minister Murat Nurtleu suggested setting up a joint working group on the Trans-Caspian "
        "transport route.",
        "PROJECT_PROPOSAL",
        {"proposer": {"KAZ"}},
        project="working group",
    ),
    _case(
        "proposed-building-a-hub",
        "Turkish President Recep Tayyip Erdogan proposed building a natural gas hub in Thrace with Russia.",
        "PROJECT_PROPOSAL",
        {"proposer": {"TUR"}},
        project="hub",
    ),
    _case(
        "called-for-early-completion",
        "Indian Prime Minister Narendra Modi called for early completion of the India-Myanmar-Thailand trilateral "
        "highway.",
        "PROJECT_PROPOSAL",
        {"proposer": {"IND"}},
        project="highway",
    ),
    _case(
        "voiced-hope-a-project-makes-progress",
        "Russian President Vladimir Putin voiced hope that the Power of Siberia 2 gas pipeline project would make "
        "progress.",
        "PROJECT_PROPOSAL",
        {"proposer": {"RUS"}},
        project="pipeline",
        xfail="the tagger hangs 'would make progress' on 'Siberia': the hope clause has no project subject",
    ),
    _case(
        "urged-firms-to-invest-in",
        "Pakistani Prime Minister Shehbaz Sharif urged Chinese firms to invest in the Gwadar port.",
        "PROJECT_PROPOSAL",
        {"proposer": {"PAK"}},
        project="port",
    ),
    _case(
        "expressed-willingness-to-work-with-on",
        "Ethiopian Prime Minister Abiy Ahmed expressed willingness to work with Djibouti on a new cross-border "
        "water pipeline.",
        "PROJECT_PROPOSAL",
        {"proposer": {"ETH"}},
        project="pipeline",
    ),
    _case(
        "put-forward-a-proposal-to-create",
        "Uzbek President Shavkat Mirziyoyev put forward a proposal to create a Central Asian transport corridor.",
        "PROJECT_PROPOSAL",
        {"proposer": {"UZB"}},
        project="corridor",
    ),
    _case(
        "agreed-to-accelerate-implementation",
        "Saudi Arabia and Egypt agreed to accelerate the implementation of the electricity interconnection project.",
        "PROJECT_PROPOSAL",
        {"proposer": {"SAU", "EGY"}},
        project="interconnection",
    ),
    _case(
        "sought-financing-for",
        "Kenyan President William Ruto sought Chinese financing for the extension of the standard gauge railway to "
        "Uganda.",
        "PROJECT_PROPOSAL",
        {"proposer": {"KEN"}},
        project="railway",
    ),
    _case(
        "mooted-the-idea-of",
        "Malaysian Prime Minister Anwar Ibrahim mooted the idea of an ASEAN power grid.",
        "PROJECT_PROPOSAL",
        {"proposer": {"MYS"}},
        project="grid",
    ),
    _case(
        "stressed-the-importance-of-completing",
        "Iraqi Prime Minister Mohammed Shia al-Sudani stressed the importance of completing the Development Road "
        "project with Turkey.",
        "PROJECT_PROPOSAL",
        {"proposer": {"IRQ"}},
        project="Development Road",
    ),
    _case(
        "said-is-ready-to-launch",
        "Iranian President Ebrahim Raisi said Iran is ready to launch the North-South Transport Corridor with "
        "Russia and Azerbaijan.",
        "PROJECT_PROPOSAL",
        {"proposer": {"IRN"}},
        project="Corridor",
    ),
    _case(
        "pledged-to-advance-construction",
        "Mongolian Prime Minister Luvsannamsrain Oyun-Erdene pledged to advance the construction of the Power of "
        "Siberia 2 pipeline.",
        "PROJECT_PROPOSAL",
        {"proposer": {"MNG"}},
        project="pipeline",
    ),
    _case(
        "said-is-willing-to-jointly-build",
        "Chinese Foreign Minister Wang Yi said China is willing to jointly build a high-speed railway with Thailand.",
        "PROJECT_PROPOSAL",
        {"proposer": {"CHN"}},
        project="railway",
    ),
    _case(
        "floated-a-proposal-for",
        "Thai Prime Minister Srettha Thavisin floated a proposal for a land bridge linking the Andaman Sea and the "
        "Gulf of Thailand.",
        "PROJECT_PROPOSAL",
        {"proposer": {"THA"}},
        project="bridge",
    ),
    _case(
        "stressed-keenness-to-implement",
        "Egyptian Foreign Minister Sameh Shoukry stressed Egypt's keenness to implement the Cairo-Cape Town road "
        "project.",
        "PROJECT_PROPOSAL",
        {"proposer": {"EGY"}},
        project="road",
    ),
    _case(
        "ready-to-work-with-to-run-well",
        "Chinese Foreign Minister Wang Yi said China is ready to work with Laos to run the China-Laos Railway well.",
        "PROJECT_PROPOSAL",
        {"proposer": {"CHN"}, "partner": {"LAO"}},
        project="Railway",
    ),
    _case(
        "stressed-the-need-to-begin-construction",
        "Kyrgyz President Sadyr Japarov stressed the need to begin construction of the new Bishkek-Osh railway "
        "this year.",
        "PROJECT_PROPOSAL",
        {"proposer": {"KGZ"}},
        project="railway",
    ),
    _case(
        "willing-to-jointly-develop-a-mine",
        "Pakistani Prime Minister Shehbaz Sharif expressed willingness to jointly develop the Reko Diq copper mine "
        "with Saudi Arabia.",
        "PROJECT_PROPOSAL",
        {"proposer": {"PAK"}, "partner": {"SAU"}},
        project="mine",
    ),
    _case(
        "pledged-to-push-ahead-with",
        "Nigerian President Bola Tinubu and Moroccan King Mohammed VI pledged to push ahead with the "
        "Nigeria-Morocco gas pipeline.",
        "PROJECT_PROPOSAL",
        {"proposer": {"NGA", "MAR"}},
        project="pipeline",
    ),
    _case(
        "agreed-to-proceed-with",
        "Thailand and Laos agreed to proceed with the construction of a new Mekong bridge.",
        "PROJECT_PROPOSAL",
        {"proposer": {"THA", "LAO"}},
        project="bridge",
    ),
    _case(
        "capital-is-ready-to-work-with-capital",
        "Beijing is ready to work with Islamabad to build the China-Pakistan Economic Corridor into a demonstration "
        "project.",
        "PROJECT_PROPOSAL",
        {"proposer": {"CHN"}, "partner": {"PAK"}},
        project="Corridor",
    ),
    _case(
        "expressed-desire-to-invest-in",
        "The Kuwaiti side expressed its desire to invest in the Suez Canal Economic Zone.",
        "PROJECT_PROPOSAL",
        {"proposer": {"KWT"}},
        project="Zone",
    ),
    _case(
        "reaffirmed-commitment-to-a-pipeline-project",
        "Turkmen President Serdar Berdimuhamedov reaffirmed Turkmenistan's commitment to the TAPI gas pipeline "
        "project.",
        "PROJECT_PROPOSAL",
        {"proposer": {"TKM"}},
        project="pipeline",
    ),
    _case(
        "agreed-on-the-establishment-of",
        "Egypt and Saudi Arabia agreed on the establishment of a joint investment fund.",
        "PROJECT_PROPOSAL",
        {"proposer": {"EGY", "SAU"}},
        project="fund",
    ),
]

NON_EVENTS = [
    _no("will-visit-next-week", "Chinese President Xi Jinping will visit Serbia next week."),
    _no(
        "is-expected-to-meet",
        "Indian Prime Minister Narendra Modi is expected to meet US President Joe Biden on the sidelines of the "
        "summit.",
    ),
    _no("did-not-meet", "Russian President Vladimir Putin did not meet Ukrainian President Volodymyr Zelensky."),
    _no(
        "are-scheduled-to-hold-talks",
        "Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis are scheduled to hold "
        "talks in Ankara on Friday.",
    ),
    _no(
        "called-for-stronger-cooperation-in-trade",
        "Kenyan President William Ruto called for stronger cooperation in trade and investment with Tanzania.",
    ),
    _no(
        "stressed-the-need-to-enhance-relations",
        "Egyptian Prime Minister Mostafa Madbouly stressed the need to enhance bilateral relations with Jordan.",
    ),
    _no(
        "plans-to-travel-for-talks",
        "Pakistani Prime Minister Shehbaz Sharif plans to travel to Beijing next month for talks with Chinese "
        "President Xi Jinping.",
    ),
    _no(
        "denied-reports-of-a-meeting",
        "Riyadh denied reports that Saudi Crown Prince Mohammed bin Salman had met Israeli officials.",
    ),
    _no("hypothetical-would-meet", "If elected, the opposition candidate would meet the Russian president."),
    _no("refused-to-back", "Brazil refused to back the resolution on Venezuela."),
    _no(
        "hopes-to-meet",
        "Iranian Foreign Minister Hossein Amir-Abdollahian hopes to meet his Saudi counterpart soon.",
    ),
    _no(
        "agreed-to-strengthen-cooperation-in-fields",
        "Omani Foreign Minister Badr Albusaidi and Iranian Foreign Minister Hossein Amir-Abdollahian agreed to "
        "strengthen cooperation in the fields of energy, agriculture and tourism.",
        types=("PROJECT_PROPOSAL",),
    ),
    _no("thanked-for-hospitality", "Turkish President Recep Tayyip Erdogan thanked Qatar for its hospitality."),
    _no(
        "extended-holiday-greetings",
        "Indonesian President Joko Widodo extended Eid al-Fitr greetings to Malaysian Prime Minister Anwar Ibrahim.",
    ),
    _no("a-question", "Did Chinese President Xi Jinping meet Vietnamese President To Lam?"),
    _no(
        "meeting-postponed",
        "A meeting between Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev has been "
        "postponed.",
    ),
    _no(
        "invited-to-visit",
        "Japanese Prime Minister Fumio Kishida invited South Korean President Yoon Suk Yeol to visit Tokyo.",
    ),
    _no(
        "called-for-deepening-cooperation-within-a-bloc",
        "Uzbek President Shavkat Mirziyoyev called for deepening cooperation within the Shanghai Cooperation "
        "Organisation.",
    ),
    _no("denied-supporting", "Kazakhstan denied that it supports Russia's war in Ukraine."),
    _no(
        "should-explore-cooperation",
        "Indian External Affairs Minister Subrahmanyam Jaishankar said India and Japan should explore cooperation in "
        "emerging technologies.",
    ),
    _no(
        "is-set-to-receive",
        "Malaysian Prime Minister Anwar Ibrahim is set to receive Chinese Premier Li Qiang in Putrajaya on Wednesday.",
    ),
    _no(
        "officials-are-discussing",
        "Indian and Chinese officials are discussing a range of border issues, the ministry said.",
        types=("MEETING",),
    ),
    _no("valued-relations", "Kuwait valued its relations with Qatar.", types=("SUPPORT_STATEMENT",)),
    _no("voted-in-favour-of", "The council voted in favour of the resolution.", types=("SUPPORT_STATEMENT",)),
    _no(
        "terms-of-an-agreement",
        "Under the new agreement, Turkey will build a gas pipeline to Azerbaijan.",
        types=("PROJECT_PROPOSAL",),
    ),
    _no(
        "agreed-on-the-importance-of-stability",
        "Egypt and Saudi Arabia agreed on the importance of regional stability.",
        types=("PROJECT_PROPOSAL",),
    ),
    _no(
        "commitment-to-a-process",
        "Egypt reaffirmed its commitment to the peace process.",
        types=("PROJECT_PROPOSAL",),
    ),
    _no(
        "hopes-to-hold-a-first-summit",
        "Thai Prime Minister Srettha Thavisin said he hopes to hold his first summit with Cambodian Prime Minister "
        "Hun Manet next month.",
    ),
    _no(
        "received-a-written-message",
        "Kuwaiti Emir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah received a written message from the Iraqi president.",
    ),
    _no(
        "is-likely-to-meet",
        "Russian President Vladimir Putin is likely to meet Chinese President Xi Jinping in October.",
    ),
    _no("are-due-to-hold-talks", "The Saudi and Iranian foreign ministers are due to hold talks in Riyadh next week."),
    _no(
        "rejected-reports-of-a-meeting",
        "Pakistan rejected reports that its army chief met Indian officials in Dubai.",
    ),
    _no(
        "urged-to-deepen-ties",
        "Vietnamese Prime Minister Pham Minh Chinh urged the two sides to deepen economic ties.",
    ),
    _no(
        "left-to-attend-a-summit",
        "Kenyan President William Ruto left Nairobi for Addis Ababa to attend the African Union summit.",
    ),
    _no(
        "a-summit-could-take-place",
        "The minister said a summit between the two leaders could take place next year.",
    ),
    _no("declined-to-endorse", "Nigerian President Bola Tinubu declined to endorse the ECOWAS proposal."),
]


@pytest.mark.parametrize(("text", "event_type", "roles", "project"), MEETINGS + SUPPORT + PROPOSALS)
def test_a_stock_phrasing_states_its_event(extract, text, event_type, roles, project):
    rows = [r for r in extract(text, published=PUBLISHED) if r["event_type"] == event_type]
    assert len(rows) == 1, [(r["event_type"], r["evidence"]) for r in extract(text, published=PUBLISHED)]
    (row,) = rows
    for role, countries in roles.items():
        assert _countries(row, role) == countries, row["actors"]
    if project is not None:
        assert project.lower() in (row["project"] or "").lower(), row["project"]


@pytest.mark.parametrize(("text", "types"), NON_EVENTS)
def test_a_stock_phrasing_of_a_non_event_states_none(extract, text, types):
    rows = [r for r in extract(text, published=PUBLISHED) if r["event_type"] in types]
    assert rows == [], [(r["event_type"], r["actors"]) for r in rows]
