# Taxonomy data, part A (seed 002 categories 1-3), used by tools/gen_rules.py.
# Line format:  id | Name | kind | aliases (';'-separated) | implies (','-separated)
# Alias prefixes: '~' case-sensitive + ambiguous, '=' case-sensitive,
#                 '?' ambiguous (case-insensitive), 're:' RE2 pattern.
# '#F file-stem' starts a file, '#C Top / Sub' sets the category of following lines.
# The display name is added as a plain alias when no alias already spells it.

DATA_A = r"""
#F programming-and-software-engineering
#C Programming and Software Engineering / Programming Languages
python | Python | lang | Python 3; Python3; Python programming; Python development; Python scripting; CPython |
java | Java | lang | Core Java; Java programming; Java SE; Java 8; Java 11; Java 17 |
cpp | C++ | lang | cpp; C plus plus; Modern C++; C++11; C++14; C++17; C++20 |
c | C | lang | ~C; C programming; C language; ANSI C; C99; C11 |
csharp | C# | lang | C sharp; =CSharp |
dotnet | .NET | plat | .NET Core; .NET Framework; dotnet; . NET Core |
r | R | lang | ~R; R programming; R language; R programming language; RStudio; Rscript; R Markdown; tidyverse; ggplot2; dplyr; R Shiny |
javascript | JavaScript | lang | =JS; ECMAScript; ES6; Javascript programming; vanilla JavaScript |
nodejs | Node.js | plat | NodeJS; Node JS; ~Node |
go | Go | lang | ~Go; Golang; Go programming; Go language; Go lang |
scala | Scala | lang | ~Scala; Scala programming; Scala language |
sql | SQL | lang | SQL queries; SQL querying; SQL joins; ANSI SQL; PL/SQL; Structured Query Language; SQL programming |
software-engineering | Software Engineering | prac | software development; software engineering principles; software engineering practices; programming fundamentals; software design; ?programming; =SDLC; software development life cycle; software development lifecycle; software craftsmanship |
#C Programming and Software Engineering / Programming Concepts
object-oriented-programming | Object-Oriented Programming | con | OOP; object oriented design; object-oriented design; object-oriented; =OOPS; =OOPs; OOPS concepts; object oriented programming |
functional-programming | Functional Programming | con | functional programming concepts; map reduce filter |
python-standard-library | Python Standard Library | lib | Python standard libraries; itertools; functools; Python stdlib |
memory-management | Memory Management | con | memory allocation; garbage collection |
#C Programming and Software Engineering / Data Structures and Algorithms
data-structures | Data Structures | con | data structure; linked lists; binary trees; priority queues |
algorithms | Algorithms | con | algorithm design; algorithms and data structures; algorithmic thinking; algorithmic problem solving; algorithm design and analysis |
hashing | Hashing and Hash Maps | con | hashing; hash maps; hashmaps; hash map; hashmap; hash tables; hash table |
graph-algorithms | Graph Algorithms | con | graph algorithm; graph traversal; graph traversal algorithms; =BFS; =DFS; breadth-first search; depth-first search; shortest path; shortest path algorithms; shortest-path algorithms; minimum spanning tree; minimum spanning trees; Dijkstra's algorithm; Dijkstra |
sorting-algorithms | Sorting Algorithms | con | sorting algorithm; quicksort; quick sort; mergesort; merge sort; heapsort; heap sort |
searching-algorithms | Searching Algorithms | con | binary search; search algorithms; searching algorithm |
dynamic-programming | Dynamic Programming | con | memoization; memoisation |
divide-and-conquer | Divide and Conquer | con | divide-and-conquer algorithms; divide and conquer algorithms |
greedy-algorithms | Greedy Algorithms | con | greedy algorithm |
string-algorithms | String Algorithms | con | string manipulation; pattern matching; string matching; =KMP; Knuth-Morris-Pratt; Rabin-Karp |
#C Programming and Software Engineering / Software Development Practices
version-control | Version Control | prac | version control systems; source control; revision control; =VCS; source code management |
git | Git | tool | Git version control; git rebase; git branching; Advanced Git | version-control
git-workflows | Git Workflows | prac | GitFlow; Git Flow; git-flow workflow; trunk-based development; feature branching | git
github | GitHub | plat | Github | git
gitlab | GitLab | plat | Gitlab | git
software-testing | Software Testing | prac | testing frameworks; automated testing; test automation; regression testing; software quality assurance; ?testing; manual testing; functional testing; system testing; black box testing; black-box testing; white box testing; white-box testing; test cases; test case; test plan; test plans; test scripts; test execution; test strategy; defect management; defect tracking; bug tracking; defect life cycle; =QA; user acceptance testing; =UAT; =STLC; software testing life cycle; performance testing; load testing; stress testing; test coverage; code coverage |
unit-testing | Unit Testing | prac | unit tests; unit test; unit testing frameworks | software-testing
pytest | pytest | tool | py.test | unit-testing, python
unittest | unittest | lib | Python unittest; unittest.mock | unit-testing, python
test-driven-development | Test-Driven Development | prac | =TDD; test driven development | software-testing
mocking | Mocking | prac | mock objects; mocks and stubs; test doubles | software-testing
integration-testing | Integration Testing | prac | integration tests; integration test; end-to-end testing; end-to-end tests; =E2E; E2E testing; end to end testing | software-testing
debugging | Debugging | prac | debug; debugged; debugger; debuggers; debugging tools; IDE debuggers; troubleshooting; troubleshoot; stack traces; root cause analysis |
pdb | pdb | tool | =pdb; Python debugger | debugging, python
pycharm | PyCharm | tool | PyCharm Debugger; JetBrains PyCharm |
code-quality | Code Quality | prac | clean code; code analysis; static code analysis; writing clean code; maintainable code; readable code; code reviews; code review; clean, modular, and readable code |
linting | Code Linting | tool | linting; linters; linter; code linting tools; static analysis | code-quality
pylint | Pylint | tool |  | linting, python
flake8 | flake8 | tool | Flake8 | linting, python
pep8 | PEP 8 | prac | PEP8; PEP-8 style guide | python, code-quality
#C Programming and Software Engineering / Software Architecture
design-patterns | Design Patterns | con | software design patterns; design pattern; creational patterns; structural patterns; behavioral patterns; behavioural patterns; Gang of Four; =Singleton; Singleton pattern; Factory pattern; Adapter pattern; Decorator pattern; Observer pattern; Strategy pattern |
software-architecture | Software Architecture | con | system design; system architecture; systems architecture; systems design; architectural principles; software design principles; solution architecture; architecture design; solutions architecture |
modular-design | Modular Design | con | modularity; modular code; modularization; modularisation |
separation-of-concerns | Separation of Concerns | con | separation of concern |
microservices | Microservices | con | microservice; microservices architecture; microservice architecture; micro services; service-oriented architecture; =SOA |
scalability | Scalability | con | scalable systems; horizontal scaling; vertical scaling; scale out; scale-out |
load-balancing | Load Balancing | con | load balancer; load balancers; load-balanced |
caching | Caching | con | caching strategies; caching strategy; cache invalidation; in-memory caching |
database-sharding | Database Sharding | con | sharding; data sharding |
database-replication | Database Replication | con | data replication; ?replication; read replicas |
distributed-systems | Distributed Systems | con | distributed system; distributed computing; distributed computing frameworks; distributed architecture |
#C Programming and Software Engineering / APIs and Web Development
rest-api | RESTful APIs | con | =REST; RESTful; RESTful API; REST API; REST APIs; RESTful services; RESTful web services; REST services; REST endpoints | api-development
api-development | API Development | prac | API design; =API; =APIs; building APIs; API integration; designing and consuming APIs; web APIs; API endpoints |
graphql | GraphQL | tool | GraphQL APIs; GraphQL API | api-development
grpc | gRPC | tool | gRPC APIs | api-development
postman | Postman | tool | ~Postman; Postman API; Postman collections | api-development
swagger | Swagger/OpenAPI | tool | ~Swagger; OpenAPI; OpenAPI Specification; Swagger UI; OpenAPI spec | api-development
fastapi | FastAPI | lib | Fast API | python, rest-api
flask | Flask | lib | ~Flask; Python Flask; Flask API; Flask framework; Flask-RESTful | python, web-development
django | Django | lib | Django REST Framework; =DRF | python, web-development
oauth | OAuth | con | OAuth2; OAuth 2.0; OpenID Connect; =OIDC | authentication
jwt | JWT | con | JSON Web Token; JSON Web Tokens; =JWTs | authentication
authentication | Authentication and Authorization | con | authentication; authorization; authorisation; authn; authz; single sign-on; =SSO |
web-development | Web Development | prac | web frameworks; web framework; web applications; web application development; front-end and back-end integration; full-stack development; full stack development; full-stack |
frontend-development | Front-End Development | prac | ?front-end; ?frontend; ?front end; frontend development; front-end development | web-development
backend-development | Back-End Development | prac | ?back-end; ?backend; ?back end; backend development; back-end development; server-side development; server-side languages; server-side language; server-side programming; server-side tech; server-side technologies | web-development
#C Programming and Software Engineering / Operating Systems and Shell Scripting
operating-systems | Operating Systems | con | ?operating system; OS internals; file systems; processes and threads; threads vs. processes; ?operating systems |
linux | Linux | plat | GNU/Linux; Ubuntu; Debian; CentOS; Red Hat; =RHEL; Linux servers; RedHat; Red Hat Linux; Fedora; =SUSE; openSUSE |
unix | Unix | plat | UNIX; Unix-like; Unix systems |
systems-administration | Systems Administration | prac | system administration; systems administrator; sysadmin; Linux administration; Linux systems administration; Linux system administration; Unix administration |
command-line | Command Line | tool | command-line tools; command line tools; =CLI; CLI tools; shell commands; terminal commands; grep; awk; =sed |
shell-scripting | Shell Scripting | prac | shell scripts; shell script; Unix shell; Linux shell scripting |
bash | Bash | lang | Bash scripting; Bash scripts; Bash shell | shell-scripting
concurrency | Concurrency | con | concurrent programming; thread synchronization; semaphores; mutexes; synchronization primitives; race conditions; asynchronous programming; async programming |
multithreading | Multithreading | con | multi-threading; multithreaded; multi-threaded; Python threading | concurrency
multiprocessing | Multiprocessing | con | multi-processing; Python multiprocessing | concurrency
#C Programming and Software Engineering / Data Handling and Manipulation
json | JSON | con | JSON format |
yaml | YAML | lang | yml |
csv | CSV | con | CSV files; comma-separated values |
xml | XML | con | XML files |
parquet | Apache Parquet | con | ~Parquet; Parquet files; Parquet format |
avro | Apache Avro | con | Avro |
orc | Apache ORC | con | =ORC; ORC files |
data-serialization | Data Serialization | con | serialization; serialisation; deserialization; data serialisation |
pickle | Pickle | lib | ?pickle; Python pickle; joblib | data-serialization, python
messagepack | MessagePack | lib | msgpack | data-serialization
protobuf | Protocol Buffers | tool | protobuf; protobufs; Protocol Buffer | data-serialization
#C Programming and Software Engineering / Parallel and Distributed Computing
parallel-programming | Parallel Programming | con | parallel computing; parallel processing; concurrent.futures; parallelization; parallelisation |
dask | Dask | lib | Dask distributed | python, parallel-programming
#C Programming and Software Engineering / Databases
relational-databases | Relational Databases | con | relational database; =RDBMS; SQL databases; SQL database; relational database management systems | sql
database-management | Database Management | prac | database administration; database design; database management systems; =DBMS; =DBA; ?database; ?databases; database development; database systems |
database-indexing | Database Indexing | con | indexing; database indexes; query indexing |
acid-transactions | ACID Transactions | con | =ACID; ACID properties; database transactions; transaction management |
nosql | NoSQL | con | NoSQL databases; NoSQL database; non-relational databases; SQL and NoSQL |
key-value-stores | Key-Value Stores | con | key-value store; key-value databases; key-value database | nosql
document-stores | Document Stores | con | document store; document databases; document database; document-oriented databases | nosql
#C Programming and Software Engineering / Containerization and CI/CD
ci-cd | CI/CD | prac | CI/CD pipelines; CI/CD pipeline; =CICD; CI-CD; CI / CD; CI/CD tools; build pipelines |
continuous-integration | Continuous Integration | prac | continuous integration (CI) | ci-cd
continuous-delivery | Continuous Delivery | prac | continuous deployment; Continuous Delivery/Deployment; continuous delivery and deployment | ci-cd
jenkins | Jenkins | tool | ?Jenkins; Jenkins CI; Jenkins pipelines; Jenkins pipeline; Jenkinsfile | ci-cd
github-actions | GitHub Actions | tool | Github Actions; GH Actions | ci-cd, github
circleci | CircleCI | tool | Circle CI | ci-cd
gitlab-ci | GitLab CI/CD | tool | GitLab CI; GitLab pipelines; Gitlab-CI | ci-cd, gitlab
#C Programming and Software Engineering / Performance Optimization
profiling | Profiling | prac | code profiling; performance profiling; memory profiling; profilers; profiler |
cprofile | cProfile | tool | =cProfile; cprofile module | profiling, python
pytorch-profiler | PyTorch Profiler | tool | torch.profiler | profiling, pytorch
complexity-analysis | Complexity Analysis | con | time complexity; space complexity; Big O notation; Big-O; Big O; algorithmic complexity; time complexity analysis |
vectorization | Vectorization | con | vectorized operations; vectorised operations; vectorisation; vectorized code; SIMD |
performance-optimization | Performance Optimization | prac | performance tuning; code optimization; performance optimisation; optimizing I/O; performance engineering |
#C Programming and Software Engineering / Security
application-security | Application Security | prac | AppSec; secure coding; secure coding practices; secure development; secure development practices; secure software development; code security; SQL injection; =XSS; cross-site scripting; =OWASP; OWASP Top 10; security vulnerabilities |
bcrypt | bcrypt | lib | password hashing; =Argon2 | application-security
encryption | Encryption | con | data encryption; encryption techniques; encryption at rest; encryption in transit; at-rest encryption; in-transit encryption; =AES-256; =AES; cryptography |
data-privacy | Data Privacy | con | data protection; privacy; data protection compliance; privacy regulations |
gdpr | GDPR | cert | General Data Protection Regulation; GDPR compliance | data-privacy, compliance
#C Programming and Software Engineering / Debugging and Troubleshooting
vscode | Visual Studio Code | tool | VS Code; VSCode |
logging | Logging | prac | ?logging; structured logging; structured logs; logging frameworks; logging module; Python logging; log management |
error-tracking | Error Tracking | prac | error monitoring; exception tracking; crash reporting |
sentry | Sentry | tool | ~Sentry; Sentry.io | error-tracking
datadog | Datadog | tool | DataDog; Datadog APM | observability
#C Programming and Software Engineering / Soft Skills in Software Engineering
agile | Agile | prac | ?Agile; Agile methodologies; Agile methodology; Agile development; agile software development; agile methods; agile practices; agile principles; agile environment |
scrum | Scrum | prac | Scrum methodology; Scrum framework; sprint planning; =SAFe | agile
jira | Jira | tool | JIRA; Atlassian Jira |
confluence | Confluence | tool | ~Confluence; Atlassian Confluence |
technical-documentation | Technical Documentation | prac | ?documentation; writing documentation; technical writing; software documentation; API documentation; clear and concise documentation | written-communication
markdown | Markdown | tool | ~Markdown |
sphinx | Sphinx | tool | ~Sphinx; Sphinx documentation; Sphinx docs | technical-documentation

#F mathematics-and-statistics
#C Mathematics and Statistics / Linear Algebra
mathematics | Mathematics | con | ?Mathematics; ?math; ?maths; ?applied mathematics; mathematical foundations; mathematics and statistics |
linear-algebra | Linear Algebra | con | matrix algebra | mathematics
matrix-operations | Vectors and Matrices | con | matrix operations; vector operations; matrix multiplication; matrices; dot product; cross product; scalar multiplication; special matrices; identity matrix | linear-algebra
eigenvalues | Eigenvalues and Eigenvectors | con | eigenvalues; eigenvectors; eigendecomposition; eigenvalue decomposition; eigen decomposition | linear-algebra
svd | Singular Value Decomposition | con | =SVD | linear-algebra
matrix-decomposition | Matrix Decomposition | con | matrix decompositions; matrix factorization; matrix factorisation; matrix factorization techniques; QR decomposition; LU decomposition; QR and LU decompositions; Cholesky decomposition | linear-algebra
linear-transformations | Linear Transformations | con | linear transformation; transformation matrices; change of basis | linear-algebra
#C Mathematics and Statistics / Calculus
calculus | Calculus | con | differential calculus; integral calculus; derivatives and integrals; integrals; definite and indefinite integrals; limits and continuity | mathematics
multivariable-calculus | Multivariable Calculus | con | multivariate calculus; vector calculus; partial derivatives; Jacobian; Jacobian matrix; Hessian; Hessian matrix; chain rule; gradient vectors; directional derivatives; multivariable integrals; line integrals; surface integrals | calculus
gradient-descent | Gradient Descent | con | gradient descent optimization; gradient-based optimization; gradient based methods | mathematical-optimization
stochastic-gradient-descent | Stochastic Gradient Descent | con | =SGD; mini-batch gradient descent; minibatch SGD | gradient-descent
#C Mathematics and Statistics / Probability Theory
probability | Probability Theory | con | probability; probability theory; probability measures; conditional probability; probabilistic reasoning; probability and statistics | mathematics
bayes-theorem | Bayes' Theorem | con | Bayes theorem; Bayes’ theorem; Bayes rule; Bayes' rule | probability
random-variables | Random Variables | con | random variable; probability density function; probability mass function; cumulative distribution function; =CDF; discrete and continuous random variables | probability
probability-distributions | Probability Distributions | con | probability distribution; statistical distributions; data distributions; Bernoulli distribution; Bernoulli; binomial distribution; Binomial; Poisson distribution; Poisson; Gaussian distribution; normal distribution; exponential distribution; uniform distribution; multinomial distribution; Multinomial; multivariate normal; multivariate distributions | probability
#C Mathematics and Statistics / Statistics
statistics | Statistics | con | statistical analysis; statistical methods; applied statistics; statistical techniques; ?stats; ?Statistics | mathematics
descriptive-statistics | Descriptive Statistics | con | measures of central tendency; central tendency; mean, median, mode; standard deviation; measures of dispersion; interquartile range | statistics
inferential-statistics | Inferential Statistics | con | statistical inference; inferential statistic | statistics
correlation-analysis | Correlation Analysis | con | correlation and covariance; covariance; correlation coefficients; Pearson correlation | statistics
hypothesis-testing | Hypothesis Testing | con | hypothesis tests; hypothesis test; statistical hypothesis testing; statistical testing; statistical tests; statistical significance; significance testing; null hypothesis; null and alternative hypotheses; p-values; p-value; t-test; t-tests; chi-square test; chi-squared test; chi-square; =ANOVA; Statistical tests for comparing models | inferential-statistics
confidence-intervals | Confidence Intervals | con | confidence interval | inferential-statistics
regression-analysis | Regression Analysis | con | residual analysis; regression diagnostics | statistics
statistical-modeling | Statistical Modeling | con | statistical modelling; statistical models; statistical model | statistics
mathematical-modeling | Mathematical Modeling | con | mathematical modelling; mathematical models | mathematics
#C Mathematics and Statistics / Optimization
mathematical-optimization | Optimization Algorithms | con | optimization algorithms; optimisation algorithms; mathematical optimization; optimization theory; optimization techniques; optimization methods | mathematics
convex-optimization | Convex Optimization | con | convex optimisation; convexity; convex functions; convex sets; convexity and concavity | mathematical-optimization
non-convex-optimization | Non-Convex Optimization | con | nonconvex optimization; non-convex optimisation | mathematical-optimization
regularization | Regularization | con | regularisation; L1 regularization; L2 regularization; L1/L2 regularization; L1 and L2 regularization; weight decay; regularization techniques | machine-learning
ridge-lasso | Ridge and Lasso Regression | con | ridge regression; lasso regression; =LASSO; elastic net; Ridge and Lasso | regularization, regression
#C Mathematics and Statistics / Graph Theory
graph-theory | Graph Theory | con | adjacency matrices; adjacency matrix; directed graphs; undirected graphs; directed and undirected graphs; directed acyclic graphs; graphs, nodes, edges | mathematics
graph-neural-networks | Graph Neural Networks | con | graph neural network; =GNN; =GNNs; graph convolutional networks; =GCN | neural-networks
knowledge-graphs | Knowledge Graphs | con | knowledge graph |
#C Mathematics and Statistics / Numerical Methods
numerical-methods | Numerical Methods | con | numerical analysis; numerical linear algebra; numerical optimization; solving linear systems; root finding; Newton's method; Newton’s method; bisection method; line search; line search methods; conjugate gradient; conjugate gradient methods | mathematics
#C Mathematics and Statistics / Information Theory
information-theory | Information Theory | con | entropy; Shannon entropy; information gain; mutual information; entropy and information gain | mathematics
kl-divergence | KL Divergence | con | Kullback-Leibler divergence; KL-divergence; relative entropy | information-theory
#C Mathematics and Statistics / Bayesian Statistics
bayesian-statistics | Bayesian Statistics | con | Bayesian inference; Bayesian methods; Bayesian modeling; Bayesian modelling; Bayesian models; Bayesian analysis; prior, likelihood, posterior; posterior inference | statistics, probability
bayesian-networks | Bayesian Networks | con | Bayesian network; Bayes nets; belief networks | probabilistic-graphical-models
probabilistic-graphical-models | Probabilistic Graphical Models | con | probabilistic graphical model; graphical models; =PGM; =PGMs; probabilistic models; probabilistic modeling | probability
bayesian-optimization | Bayesian Optimization | con | Bayesian optimisation | hyperparameter-tuning
#C Mathematics and Statistics / Time Series Analysis
time-series-analysis | Time Series Analysis | con | time-series analysis; time series; time series data; autocorrelation; partial autocorrelation; stationarity; stationarity and differencing; seasonal decomposition; seasonality | statistics
arima | ARIMA | con | =SARIMA; ARIMAX; ARIMA/SARIMA; ARIMA models | time-series-analysis, time-series-forecasting
exponential-smoothing | Exponential Smoothing | con | =ETS; Holt-Winters; Holt Winters | time-series-analysis, time-series-forecasting
#C Mathematics and Statistics / Advanced Topics
fourier-analysis | Fourier Analysis | con | Fourier transform; Fourier transforms; =FFT; fast Fourier transform; Fourier and Wavelet Analysis | mathematics
wavelet-analysis | Wavelet Analysis | con | wavelet transform; wavelet transforms; wavelets | mathematics
manifold-learning | Manifold Learning | con | manifold learning techniques | dimensionality-reduction
stochastic-processes | Stochastic Processes | con | stochastic process; stochastic modeling | probability
markov-chains | Markov Chains | con | Markov chain; Markov models; hidden Markov models; =HMM; =HMMs | stochastic-processes
monte-carlo | Monte Carlo Methods | con | Monte Carlo; Monte Carlo simulation; Monte Carlo simulations; =MCMC; Markov chain Monte Carlo | stochastic-processes
#C Mathematics and Statistics / Practical Tools and Libraries
numpy | NumPy | lib | Numpy | python
scipy | SciPy | lib | Scipy | python
sympy | SymPy | lib | Sympy | python
statsmodels | Statsmodels | lib |  | python, statistics
pingouin | Pingouin | lib |  | python, statistics
matplotlib | Matplotlib | lib | pyplot | python, data-visualization
seaborn | Seaborn | lib |  | python, data-visualization
plotly | Plotly | lib | Plotly Dash; Plotly Express | data-visualization
"""
