# Taxonomy data, part D (seed 002: Soft Skills, Domain Knowledge; skills named only by
# seeds 000, 001 and 003). Format: see gen_rules_data_a.py.

DATA_D = r"""
#F soft-skills
#C Soft Skills / Communication Skills
communication | Communication | soft | ?Communication; communication skills; communication and interpersonal skills; verbal and written communication; communicator; communicating; excellent communication; strong communication skills; communicate complex technical information; convey complex technical information to non-technical stakeholders; ?communicate; ?communications; communication skill |
verbal-communication | Verbal Communication | soft | oral communication; presentation skills; presenting technical concepts to non-technical audiences; technical presentations | communication
public-speaking | Public Speaking | soft | public speaker; speaking at conferences; conference talks | verbal-communication
storytelling | Storytelling | soft | story telling; data storytelling; storytelling with data; public speaking and storytelling | communication
written-communication | Written Communication | soft | writing skills; written and verbal communication; report writing; business writing; writing effective emails, proposals, and reports; proposal writing | communication
active-listening | Active Listening | soft | listening skills; attentive listening; good listener | communication
stakeholder-management | Stakeholder Management | soft | stakeholder communication; stakeholder engagement; stakeholder relations; managing stakeholders; understanding stakeholder needs; working with stakeholders | communication
#C Soft Skills / Collaboration and Teamwork
teamwork | Collaboration and Teamwork | soft | teamwork; team work; team player; collaboration; team collaboration; collaborative development; working in teams; collaboration skills |
interpersonal-skills | Interpersonal Skills | soft | interpersonal; people skills; building rapport; rapport building; relationship skills |
giving-feedback | Constructive Feedback | soft | constructive feedback; providing constructive feedback; giving feedback; feedback culture; code review feedback | interpersonal-skills
cross-functional-collaboration | Cross-Functional Collaboration | soft | cross-functional teams; cross-functional team; cross functional collaboration; cross-disciplinary collaboration; interdisciplinary collaboration; cross-team collaboration; working with cross-functional teams; cross-functional | teamwork
#C Soft Skills / Problem-Solving and Critical Thinking
problem-solving | Problem Solving | soft | problem-solving skills; problem solver; solving complex problems; troubleshooting skills; complex problem solving; translating business problems into technical solutions |
critical-thinking | Critical Thinking | soft | critical thinker; think critically; logical reasoning |
analytical-thinking | Analytical Thinking | soft | analytical skills; analytical mindset; analytical thinker; analytical abilities; analytical reasoning; ?analytical; analytical skill; analytical ability; analytical and problem solving skills | critical-thinking
creativity | Creativity | soft | creative thinking; creative problem solving; creative problem-solving; thinking outside the box; outside-the-box thinking; brainstorming; idea generation; innovative thinking |
#C Soft Skills / Leadership and Management
leadership | Leadership | soft | leadership skills; team leadership; leading teams; technical leadership; people leadership; leading by example; inspiring and motivating team members |
delegation | Delegation | soft | delegating tasks; delegating; task delegation | leadership
project-management | Project Management | soft | project planning; =PMP; program management; setting clear goals and milestones; project delivery |
risk-management | Risk Management | soft | risk assessment; risk mitigation; managing risks; managing risks and uncertainties |
#C Soft Skills / Emotional Intelligence
emotional-intelligence | Emotional Intelligence | soft | =EQ; emotional intelligence (EQ); self-awareness; self awareness; self-regulation |
empathy | Empathy | soft | empathetic; empathic; empathy for users | emotional-intelligence
relationship-management | Relationship Management | soft | relationship building; building relationships; building trust; long-term relationships | emotional-intelligence
#C Soft Skills / Adaptability and Resilience
adaptability | Adaptability | soft | adaptable; adapting to change; adaptability and flexibility |
resilience | Resilience | soft | ?resilience; personal resilience; grit; perseverance |
change-management | Change Management | soft | managing change; organizational change management; change leadership | adaptability
stress-management | Stress Management | soft | working under pressure; composure under pressure; performing under pressure; maintaining composure under tight deadlines; grace under pressure | resilience
continuous-learning | Continuous Learning | soft | lifelong learning; life-long learning; continuous learning mindset; growth mindset; self-learning; self-directed learning; self-learner; learning agility; eager to learn; staying updated with new research and tools; keep up with the latest research |
#C Soft Skills / Negotiation and Persuasion
negotiation | Negotiation | soft | negotiation skills; negotiating; negotiator; win-win solutions |
persuasion | Persuasion | soft | persuasive communication; persuasive; influencing; influencing skills; consensus building; building consensus; influencing stakeholders |
#C Soft Skills / Time Management
time-management | Time Management | soft | prioritization; prioritisation; prioritizing; task management; managing competing priorities; meeting deadlines; meet deadlines; set priorities; prioritise tasks; prioritize tasks; organizational skills; organisational skills; avoiding procrastination |
trello | Trello | tool |  |
asana | Asana | tool | ~Asana |
notion | Notion | tool | ~Notion; Notion.so |
#C Soft Skills / Conflict Resolution
conflict-resolution | Conflict Resolution | soft | conflict management; resolving conflicts; resolving interpersonal conflicts; de-escalation; mediation; resolving disagreements |
#C Soft Skills / Cultural Awareness
cultural-awareness | Cultural Awareness | soft | cultural sensitivity; cross-cultural communication; cross-cultural; intercultural communication; multicultural teams; multicultural settings; cultural competence |
diversity-and-inclusion | Diversity and Inclusion | soft | =D&I; =DEI; diversity, equity and inclusion; diversity, equity, and inclusion; inclusion and diversity; inclusive culture |
global-collaboration | Global Collaboration | soft | remote collaboration; distributed teams; working across time zones; teams in different time zones; remote teams | teamwork
#C Soft Skills / Decision-Making
decision-making | Decision Making | soft | decision-making skills; structured decision-making; decisiveness; decisive; decision matrices; decision matrix; sound judgment; judgement |
swot-analysis | SWOT Analysis | soft | =SWOT | decision-making
#C Soft Skills / Mentoring and Coaching
mentoring | Mentoring | soft | mentorship; mentored; mentoring junior engineers; coaching; coached; guiding others; mentoring and coaching |
knowledge-sharing | Knowledge Sharing | soft | sharing knowledge; knowledge transfer; sharing knowledge and best practices; tech talks; brown bag sessions |
#C Soft Skills / Ethical and Professional Conduct
integrity | Integrity | soft | ?integrity; honesty; honest and transparent |
professional-ethics | Professional Ethics | soft | work ethic; strong work ethic; ethical conduct; professionalism; professional conduct; ethical guidelines |
accountability | Accountability | soft | taking ownership; ownership mindset; sense of responsibility; sense of ownership; dependable; dependability |
#C Soft Skills / Creativity and Innovation
innovation | Innovation | soft | innovative solutions; innovator; fostering innovation; culture of experimentation; research and innovation |
iterative-improvement | Iterative Improvement | soft | continuous improvement; incremental improvement; iterative development; kaizen; learning from failures |
#C Soft Skills / Networking
professional-networking | Professional Networking | soft | networking with industry peers; industry networking; networking events; building professional networks; leveraging networks |

#F domain-knowledge
#C Domain Knowledge / Industry Knowledge
domain-knowledge | Domain Knowledge | con | domain expertise; industry knowledge; business domain knowledge; subject matter expertise; subject-matter expertise; industry expertise; domain experts |
finance | Finance | con | ?Finance; ?financial services; fintech; FinTech; ?banking; banking domain; financial domain; financial services industry; banking industry; capital markets; financial modeling; financial modelling; quantitative finance; algorithmic trading; risk modeling; financial technology | domain-knowledge
healthcare | Healthcare | con | ?Healthcare; ?health care; healthcare domain; healthcare industry; health information systems; healthtech; health tech; medical imaging; clinical data; life sciences; biotech; bioinformatics | domain-knowledge
autonomous-systems | Autonomous Systems | con | autonomous vehicles; autonomous driving; self-driving cars; self-driving; robotics; autonomous decision-making; autonomous agents; AI agents; agentic AI | domain-knowledge
recommendation-systems | Recommendation Systems | con | recommender systems; recommender system; recommendation system; recommendation engines; recommendation engine; recommendation algorithms; recommenders; =RecSys; collaborative filtering; content-based filtering | machine-learning
geospatial-analysis | Geospatial Analysis | con | geospatial data; geospatial; =GIS; geographic information systems; remote sensing; satellite imagery | domain-knowledge
social-network-analysis | Social Network Analysis | con | social networks analysis; social graph analysis | graph-processing

#F data-analysis-and-visualization
#C Data Analysis and Visualization / Data Analysis
data-analysis | Data Analysis | prac | data analytics; analyzing data; analysing data; data analyses; quantitative analysis; analyze data to identify trends, patterns, and correlations; trend analysis; ?analytics |
exploratory-data-analysis | Exploratory Data Analysis | prac | ~EDA; data exploration; exploratory analysis; data exploration and analysis | data-analysis
data-collection | Data Collection | prac | data gathering; gathering data; data sourcing; data acquisition; collecting data |
data-driven-decision-making | Data-Driven Decision Making | prac | data-driven decisions; data-driven decision-making; data-driven recommendations; data-driven insights; evidence-based decision making | data-analysis
business-acumen | Business Acumen | soft | business insights; actionable business insights; actionable insights; business understanding; business strategy; commercial awareness; business goals | domain-knowledge
#C Data Analysis and Visualization / Reporting and Visualization
data-visualization | Data Visualization | prac | data visualisation; data viz; dataviz; visualization; visualisation; visualizations; visualisations; data visualization tools; visualization tools |
dashboards | Dashboards | prac | dashboard; dashboarding; dashboard development; KPI dashboards; interactive dashboards | data-visualization
reporting | Reporting | prac | ?reporting; business reporting; report generation; automated reporting; reports and dashboards; KPI reporting | data-analysis
business-intelligence | Business Intelligence | prac | =BI; BI tools; BI reporting; business intelligence tools | data-analysis
tableau | Tableau | tool | Tableau Desktop; Tableau Server; Tableau Public; Tableau Prep | data-visualization, business-intelligence
power-bi | Power BI | tool | PowerBI; Microsoft Power BI; MS Power BI; Power Query; =DAX | data-visualization, business-intelligence
excel | Microsoft Excel | tool | ~Excel; MS Excel; Excel spreadsheets; Advanced Excel; Excel VBA; pivot tables; pivot table; VLOOKUP; XLOOKUP; spreadsheets; spreadsheet | 
looker | Looker | tool | Looker Studio; Google Data Studio; =LookML | data-visualization, business-intelligence

#F devops-and-automation
#C DevOps and Automation / Configuration Management
configuration-management | Configuration Management | prac | config management; configuration management tools | devops
ansible | Ansible | tool | Ansible playbooks; Ansible Tower; =AWX | configuration-management
chef | Chef | tool | ~Chef; Chef Infra; Chef cookbooks; Progress Chef | configuration-management
puppet | Puppet | tool | ~Puppet; Puppet Enterprise; Puppet manifests | configuration-management
saltstack | SaltStack | tool | Salt Project | configuration-management
#C DevOps and Automation / Monitoring and Logging
elk-stack | ELK Stack | tool | =ELK; Elastic Stack; Elasticsearch; Logstash; Kibana; =EFK; OpenSearch; ELK/EFK | logging, observability
splunk | Splunk | tool |  | logging, observability
#C DevOps and Automation / Scripting
powershell | PowerShell | lang | Powershell scripting; PowerShell scripts; =pwsh | shell-scripting

#F ai-governance-and-product
#C AI Governance and Product / AI Ethics and Governance
ai-ethics | AI Ethics | con | ethical AI; responsible AI; ethics of AI; AI ethics and governance; ethical implications of AI; trustworthy AI; ethical implications |
ai-governance | AI Governance | prac | model governance; ML governance; AI risk management; AI model governance; model risk management | ai-ethics
ai-fairness | AI Fairness | con | algorithmic fairness; model fairness; ML fairness; fairness in machine learning; bias mitigation; bias detection; bias and fairness; fairness metrics; fair and transparent; algorithmic bias | ai-ethics
ai-transparency | AI Transparency | con | model transparency; algorithmic transparency; algorithmic accountability | ai-ethics
ai-regulation | AI Regulation and Policy | con | AI regulation; AI policy; AI regulations; EU AI Act; AI Act; AI compliance; AI regulation and policy | ai-governance
#C AI Governance and Product / AI Product Management
product-management | Product Management | prac | product strategy; product roadmap; product roadmaps; roadmapping; product discovery; product lifecycle; product development lifecycle |
ai-product-management | AI Product Management | prac | AI product strategy; ML product management; AI product development; AI-driven products; AI products; AI-powered products; data products | product-management
requirements-gathering | Requirements Gathering | prac | requirements analysis; requirements elicitation; gathering requirements; business requirements; user stories; product requirements documents; =PRD; =PRDs; requirement analysis; requirement gathering; requirements gathering and analysis; requirement gathering and analysis |
#C AI Governance and Product / AI System Architecture
ai-system-architecture | AI System Architecture | con | AI architecture; AI systems architecture; AI system design; ML system design; machine learning system design; ML systems design; ML architecture; AI ecosystems; AI solution architecture; end-to-end AI systems | software-architecture
ml-infrastructure | ML Infrastructure | con | ML infra; AI infrastructure; machine learning infrastructure; training infrastructure; training infrastructures; ML training infrastructure; ML platform engineering; AI platform engineering | mlops
#C AI Governance and Product / Research and Prototyping
ml-research | ML Research | prac | machine learning research; AI research; deep learning research; ?applied research; ?research papers; implementing research papers; reproducing research papers; paper implementation; latest research in AI; ?academic research | machine-learning
prototyping | Prototyping | prac | rapid prototyping; proof of concept; proofs of concept; =POC; =PoC; =POCs; prototypes |
"""
