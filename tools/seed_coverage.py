#!/usr/bin/env python3
"""Writes rules/coverage.tsv: every term of the seed documents -> the skill that covers it.

    python3 tools/seed_coverage.py [--seeds DIR] [--rules DIR] [--out FILE]

A maintainers' tool, run when the seed terms below change: it reads the four seed documents
(../shared/seeds beside the repo by default) and the skills in rules/skills/*.json, and exits
1 when a term does not occur in its seed or no skill's alias spells it. Everything else about
the rules, and whether extraction really finds each term's skill, is checked by
`skillmatch rules check rules` (which reads coverage.tsv and needs no seeds).

Terms are the skills, tools, platforms, languages, libraries, methods and concepts named
in the seeds (bullet items, parenthesised examples, comma lists), as written there. A
term maps to the skill with an alias of exactly that text (literal aliases are compared
case-insensitively unless case-sensitive; space and hyphen are equivalent; patterns
must match the whole term).

Left out of the term lists on purpose (no skill of their own, or not a skill):
  * generic words: "testing", "tasks", "models", "features, labels, and datasets", "Arrays,
    lists, stacks, queues, dictionaries, and sets", "Trees, graphs", "heaps", "Accuracy,
    Precision, Recall" as single words, "Latency, throughput, error rates",
    "DAGs, operators, tasks, XComs", "Pods, Nodes, Deployments, and Services",
    "Flows, tasks, and state management", "Producers, consumers, topics, partitions";
  * "smartphones" (seed 003: an example of edge devices, covered by edge-deployment);
  * "Canary" (heading word; the skill is matched by "canary deployment(s)");
  * the soft-skill heading "Networking" (the bare word is the ambiguous alias of
    computer-networking; the section's own items "Building Relationships" and
    "Leveraging Networks" are listed instead);
  * role names (they are role aliases, not skills) and the Substack comments'
    boilerplate of seed 003.
"""
import argparse
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------
# Seed terms, as written in each seed (';' separates terms).
TERMS = {
"000": """
Container orchestration; Kubernetes; Docker; Infrastructure as Code; Terraform; CloudFormation;
CI/CD pipelines; MLOps tools; Jenkins; GitLab CI; MLflow; Monitoring and logging; Prometheus;
Grafana; ELK stack; Distributed systems; microservices architecture; Model serving frameworks;
TensorFlow Serving; TorchServe; ONNX; GPU computing; CUDA programming; ML model deployment;
Feature stores; model registries; A/B testing; Python; Go; Bash scripting; ML frameworks;
AWS; Azure; GCP; EC2; Lambda; Azure Functions; S3; Azure Blob; Cloud Storage; VPCs;
load balancers; CDNs; RDS; CosmosDB; Cloud SQL; ARM templates; Configuration management;
Ansible; Chef; Puppet; Monitoring and alerting; Security and compliance; IAM; encryption;
compliance frameworks; PowerShell; Bash; YAML; JSON; Linear algebra; calculus;
probability theory; Statistical modeling; hypothesis testing; Optimization algorithms;
unsupervised learning algorithms; Deep learning; neural networks; CNNs; RNNs; Transformers;
Model evaluation and validation techniques; Feature engineering; scikit-learn; pandas; NumPy;
Deep learning frameworks; TensorFlow; PyTorch; Jupyter notebooks; experiment tracking;
Model deployment; NLP; computer vision; recommendation systems; ETL/ELT pipeline design;
stream processing; Apache Spark; Kafka; Airflow; Data warehousing concepts; star schema;
data modeling; Data quality; SQL; NoSQL databases; PostgreSQL; MongoDB; Cassandra;
Data lakes and warehouses; Snowflake; Redshift; BigQuery; Distributed storage systems; HDFS;
Scala; Orchestration tools; Apache Airflow; Prefect; Version control; data pipelines;
Cloud data services; Hadoop ecosystem; real-time processing; Programming fundamentals; Git;
collaborative development; Linux; Unix; systems administration; Problem-solving; debugging;
Communication skills; cross-functional teams; Continuous learning; cloud computing;
Python programming; data handling; cloud platforms; Domain Knowledge
""",
"001": """
Data Collection; APIs; spreadsheets; Data Cleaning and Preprocessing; Data Analysis; Reporting;
visualizations; dashboards; Stakeholder Communication; data-driven recommendations; SQL; Excel;
data visualization tools; Tableau; Power BI; Python; R; statistical methods; hypothesis testing;
actionable business insights; Domain Knowledge; Data Pipeline Development; data pipelines; ETL;
data warehouses; Data Infrastructure; Data Integration; machine learning; Data Quality; Java;
Scala; ETL tools; Apache Airflow; cloud platforms; AWS; Azure; GCP; big data technologies;
Hadoop; Spark; Database Management; relational databases; MySQL; PostgreSQL; NoSQL databases;
MongoDB; Cassandra; Data Warehousing; Redshift; Snowflake; Model Development; fine-tune;
Model Deployment; Model Monitoring; TensorFlow; PyTorch; Scikit-learn; ML algorithms;
software engineering principles; version control; Git; CI/CD pipelines;
big data processing tools; deep learning models; CNNs; RNNs; GANs; transformers; GPUs; TPUs;
Keras; deep learning algorithms; neural network architectures; linear algebra; calculus;
probability; distributed computing; Data Exploration; Experimentation;
Data-Driven Decision Making; statistics; mathematical modeling; data visualization;
machine learning algorithms; natural language processing; computer vision;
autonomous decision-making; reinforcement learning; neural networks;
software engineering practices; CI/CD; API development; High-Performance Computing;
hardware accelerators; distributed computing frameworks; Interdisciplinary Collaboration;
Cross-Disciplinary Collaboration; Communication; Deep Learning; AI algorithms
""",
"002": """
Python; Java; C++; R; Data Structures; algorithms; version control; Git; debugging; TensorFlow;
PyTorch; Scikit-learn; NumPy; Pandas; Matplotlib; Seaborn; Plotly; Linear Algebra;
neural networks; matrix operations; eigenvalues; Calculus; optimization algorithms;
gradient descent; Probability and Statistics; data distributions; hypothesis testing;
Bayesian inference; regression; classification; clustering; Deep Learning; CNNs; RNNs;
Transformers; Feature Engineering; time series; Hyperparameter Tuning; Grid search;
Bayesian optimization; Optuna; ETL; data cleaning; SQL; NoSQL databases; MongoDB;
big data tools; Spark; Hadoop; RESTful APIs; Google Earth Engine API; AWS; Google Cloud;
Azure; Containerization; Docker; Kubernetes; MLOps Tools; Model Deployment; Flask; FastAPI;
TensorFlow Serving; Workflow Automation; Airflow; Prefect; Experiment Tracking;
Weights & Biases; MLflow; APIs; edge devices; cloud deployment; Latency reduction;
GPU/TPU optimization; model quantization; pruning; Domain Knowledge; finance; healthcare;
autonomous systems; Problem-Solving; Collaboration; cross-functional teams;
Continuous Learning;
Object-Oriented Programming; OOP; Functional programming concepts; Python standard libraries;
itertools; functools; Memory management; multithreading; concurrency; JavaScript; hashmaps;
Hashing; BFS; DFS; quicksort; mergesort; binary search; Dynamic programming; memoization;
Divide-and-conquer algorithms; Greedy algorithms; String manipulation; pattern matching; KMP;
Rabin-Karp; Graph algorithms; shortest path; minimum spanning tree; Git workflows; GitFlow;
Unit testing frameworks; pytest; unittest; Test-driven development; TDD; Mocking;
integration tests; Debugging tools; pdb; PyCharm Debugger; stack traces; Code Quality;
Code linting tools; pylint; flake8; PEP8; Design Patterns; Singleton; Modular design;
Separation of concerns; Microservices architecture; Scalability; Load balancing;
caching strategies; Database sharding; replication; Postman; Swagger; OpenAPI; Authentication;
OAuth2; JWT; Web Frameworks; file systems; Command-line tools; grep; awk; sed;
Shell Scripting; Bash; semaphores; JSON; CSV; XML; Parquet; Data Serialization; Pickle;
MessagePack; Protocol Buffers; protobuf; Apache Avro; Parallel Programming;
multiprocessing; concurrent.futures; Distributed Systems; Apache Spark; Dask; gRPC; Kafka;
Relational Databases; SQL queries; indexing; ACID properties; Redis; Cassandra;
Key-value stores; document stores; Dockerfiles; CI/CD Pipelines; Jenkins; GitHub Actions;
CircleCI; Profiling; cProfile; PyTorch Profiler; time complexity; Vectorized operations;
Code Security; SQL injection; XSS; bcrypt; Data Privacy; Encryption techniques; GDPR;
IDE debuggers; Visual Studio Code; Logging frameworks; structured logging; Error Tracking;
Sentry; Datadog; Agile; Scrum; Jira; Confluence; Documentation; Markdown; Sphinx;
Vectors and Matrices; Vector operations; dot product; cross product; Eigenvectors;
Singular Value Decomposition; SVD; QR and LU decompositions; Linear Transformations;
Transformation matrices; Change of basis; word embeddings; Differential Calculus;
Limits and continuity; partial derivatives; Gradient vectors; directional derivatives;
Convexity; Hessian matrix; Integral Calculus; Multivariable integrals; Backpropagation;
Probability Theory; Conditional probability; Bayes’ theorem; Random Variables;
Probability mass function; probability density function; Cumulative distribution function;
Bernoulli; Binomial; Poisson; Multinomial; Multivariate Normal; Bayesian models;
Descriptive Statistics; central tendency; standard deviation; interquartile range;
Correlation and covariance; Inferential Statistics; p-values; t-test; chi-square test; ANOVA;
Confidence Intervals; Regression Analysis; Linear regression; Logistic regression;
Residual analysis; Convex Optimization; convex sets; stochastic gradient descent;
Non-Convex Optimization; Regularization; L1 and L2 regularization; Ridge and Lasso regression;
Graph Theory; adjacency matrices; Directed and undirected graphs; Graph traversal algorithms;
Graph neural networks; GNNs; Knowledge graphs; Numerical Methods; Numerical Linear Algebra;
Solving linear systems; Matrix factorization techniques; Root Finding; Newton’s method;
bisection method; Numerical Optimization; Line search methods; Conjugate gradient methods;
Information Theory; Shannon entropy; Mutual information; KL Divergence;
Kullback-Leibler divergence; Cross-entropy loss; Decision trees; feature selection;
Loss functions; Multivariable Calculus; Chain rule; Jacobian; Vector Calculus; Line integrals;
surface integrals; Bayesian Statistics; Bayesian Networks; Directed acyclic graphs;
Probabilistic graphical models; Time Series Analysis; Autocorrelation;
partial autocorrelation; Stationarity; ARIMA; SARIMA; Exponential smoothing;
Seasonal decomposition; Forecasting models; Fourier transform; Wavelet transform;
feature extraction; Manifold Learning; Principal Component Analysis; PCA; t-SNE; UMAP;
dimensionality reduction; Stochastic Processes; Markov chains; Monte Carlo methods; SciPy;
SymPy; Statsmodels; Pingouin;
Supervised learning; Unsupervised learning; Semi-supervised learning; Reinforcement learning;
Bias-variance tradeoff; Overfitting; underfitting; Data preprocessing; Model training;
Polynomial regression; Mean Absolute Error; MAE; Mean Squared Error; MSE; R²;
k-Nearest Neighbors; k-NN; Support Vector Machines; SVM; Random Forests; Gradient Boosting;
XGBoost; LightGBM; CatBoost; F1-score; ROC-AUC; Precision-Recall curves; k-Means;
Hierarchical Clustering; DBSCAN; Gaussian Mixture Models; GMM; Anomaly Detection;
Isolation Forest; One-Class SVM; Association Rule Learning; Apriori; FP-Growth;
Handling missing values; one-hot encoding; label encoding; Feature scaling; TF-IDF;
Recursive Feature Elimination; RFE; Resampling Methods; k-Fold Cross-Validation;
Leave-One-Out Cross-Validation; Stratified sampling; RMSE; Confusion matrix; Random search;
Hyperband; Ensemble Methods; Bagging; Boosting; AdaBoost; Stacking and Blending;
Markov Decision Processes; MDPs; Q-Learning; Deep Q-Learning; Policy gradient methods;
Active Learning; Artificial Neural Networks; ANNs; Perceptrons; activation functions; ReLU;
sigmoid; tanh; SGD; Adam; RMSprop; Adagrad; Cross-Entropy; Hinge Loss;
Feedforward Neural Networks; FNNs; fully connected layers; Dropout;
Convolutional Neural Networks; pooling layers; LeNet; AlexNet; VGG; ResNet; EfficientNet;
Recurrent Neural Networks; LSTMs; GRUs; sequence modeling; Transformer Architectures;
Self-attention mechanism; BERT; GPT; T5; Batch Normalization; Learning Rate Schedulers;
Step decay; cosine annealing; warm restarts; Data Augmentation; Image augmentation;
Text augmentation; back-translation; Transfer Learning; Fine-tuning pre-trained models;
Generative Models; Autoencoders; Variational autoencoders; VAEs;
Generative Adversarial Networks; GANs; DCGAN; CycleGAN; StyleGAN; Diffusion Models;
Denoising Diffusion Probabilistic Models; DDPMs; Tokenization; embedding layers; Word2Vec;
GloVe; FastText; Attention mechanisms; Text classification; summarization; Computer Vision;
Image processing; edge detection; Object detection; YOLO; Faster R-CNN;
Semantic segmentation; U-Net; DeepLab; Instance segmentation; Mask R-CNN;
Time Series Forecasting; ETS; Temporal Fusion Transformers; ONNX; TensorFlow SavedModel;
REST APIs; Performance drift detection; Retraining pipelines; Keras; TensorBoard;
Data Engineering; Data Lifecycle; Data Pipelines; Batch processing; streaming pipelines; ELT;
Extract, Transform, Load; Extract, Load, Transform; data lakes; PySpark; SQLAlchemy;
query plans; Hadoop-based tools; Data wrangling; RDBMS; MySQL; PostgreSQL; Oracle;
SQL Server; window functions; CTEs; DynamoDB; CouchDB; HBase; Neo4j; Amazon Neptune;
Wide Column; Hadoop Distributed File System; AWS S3; Azure Data Lake; Google Cloud Storage;
Data Warehouses; Amazon Redshift; Google BigQuery; Azure Synapse Analytics; Batch Ingestion;
File-based ingestion; Apache Sqoop; Talend; Informatica; Apache Kafka; Apache Pulsar;
AWS Kinesis; Google Pub/Sub; Event-driven architectures; GraphQL; Web scraping;
Beautiful Soup; Scrapy; Salesforce; SAP; RDDs; Spark SQL; Spark jobs; Hadoop MapReduce;
Stream Processing; Apache Flink; Apache Kafka Streams; Spark Streaming; Structured Streaming;
Watermarks and windowing; Deduplication; null handling; outlier detection;
Data Transformation; Enrichment and joining datasets; Data Modeling;
Normalization (1NF, 2NF, 3NF); Denormalization; ER diagrams; schema design;
Dimensional Modeling; Star schema; snowflake schema; Fact and dimension tables;
Surrogate keys; slowly changing dimensions; SCD; Workflow Orchestration; Apache Airflow;
Luigi; HDFS; YARN; MapReduce; ORC; Avro; S3; EMR; Redshift; Glue; Lambda; BigQuery;
Dataflow; Dataproc; Synapse; Databricks; Managed data services; AWS Glue; GCP Data Fusion;
Terraform; AWS CloudFormation; Data profiling; Data cataloging; Apache Atlas;
AWS Glue Data Catalog; Metadata management; Lineage tracking; CCPA; HIPAA;
Query performance tuning; AWS CloudWatch; AES-256; TLS/SSL; Role-based access control; RBAC;
Lake Formation; Data masking; Differential privacy; Real-Time Analytics; Lambda architecture;
Kappa architecture; Graph Processing; Apache Giraph; recommendation systems; ML pipelines;
Apache Mahout; MLlib; dbt; data build tool; Apache NiFi; Great Expectations; Deequ;
Data Testing; Query Optimization; EXPLAIN and profiling queries;
Infrastructure as a Service; IaaS; Platform as a Service; PaaS; Software as a Service; SaaS;
multi-cloud; Virtualization; Virtual machines; VMs; Amazon Web Services; EC2; EBS; Glacier;
RDS; VPC; Elastic Load Balancer; ELB; SageMaker; Rekognition; Comprehend;
Google Cloud Platform; Compute Engine; Cloud Functions; Cloud Storage; Persistent Disks;
Cloud SQL; Firestore; Cloud CDN; Vertex AI; AutoML; AI Platform; Microsoft Azure;
Azure Functions; Blob Storage; Azure SQL; Cosmos DB; Azure Load Balancer;
Application Gateway; Azure ML; Cognitive Services; Autoscaling; Object Storage;
Block Storage; File Storage; Amazon EFS; Google Filestore; Virtual Private Cloud; DNS;
Content Delivery Networks; firewalls; VPNs; Docker Compose; ConfigMaps;
Horizontal/Vertical Pod Autoscaling; Serverless Architectures; AWS Lambda;
GCP Cloud Functions; Identity and Access Management; IAM; Key management services; KMS;
VPC security groups; SOC 2; ISO 27001; PCI-DSS; GitLab CI/CD; AWS CodePipeline;
Azure DevOps; GCP Cloud Build; Continuous Integration; Continuous Delivery/Deployment;
Azure Resource Manager; MLOps lifecycle; DevOps; model drift; data drift; Feature Stores;
Feast; Tecton; Data Validation; TensorFlow Data Validation; TFDV; W&B; Distributed Training;
TensorFlow Distributed; PyTorch Distributed; Horovod; Ray; SageMaker Distributed Training;
BentoML; AWS SageMaker Endpoints; Azure ML Endpoints; GCP AI Platform; Low-latency APIs;
Monitoring Models; concept drift; Automating retraining; Data versioning; DVC; Delta Lake;
Model versioning; MLflow Model Registry; Kubeflow Pipelines; TFX; TensorFlow Extended;
Online and offline feature stores; SageMaker Pipelines; Step Functions; Vertex AI Pipelines;
Azure ML Pipelines; Data Factory; Edge Deployment; TensorFlow Lite; PyTorch Mobile;
AWS IoT Greengrass; Azure IoT Edge; IoT devices; Distributed Inference;
NVIDIA Triton Inference Server; Ray Serve; Model Explainability; SHAP; LIME; Captum;
MLOps Platforms; AWS SageMaker; Google Vertex AI; Kubeflow;
Batch inference; Real-time (online) inference; Model Serialization;
Open Neural Network Exchange; PMML; Predictive Model Markup Language; Quantized models;
Django; Periodic batch processing pipelines; ONNX Runtime; SageMaker Endpoints;
Vertex AI Endpoints; App Service; On-Premise Deployment; Kubernetes with Helm;
Model Serving Frameworks; Quantization; Post-training quantization; INT8;
Quantization-aware training; Pruning; Weight pruning; Knowledge Distillation;
Model Partitioning; Accelerated Inference; TensorRT; GPUs; TPUs; FPGAs; Horizontal Scaling;
Kubernetes Autoscaler; Vertical Scaling; Latency Optimization; Asynchronous inference;
Model Monitoring; Drift detection; Structured logs; HTTPS; authorization; OAuth;
Data encryption; Adversarial Robustness; adversarial inputs; adversarial training;
Multi-Model Hosting; Shadow Deployments; A/B Testing; Docker Swarm; AWS Step Functions;
NVIDIA Tensor Cores; Google TPUs; AWS Inferentia; DeepSpeed; Right-sizing; Spot instances;
preemptible VMs; Autoscaling for cost efficiency; NVIDIA Nsight; Cost Optimization;
Communication Skills; Verbal Communication; Public speaking; storytelling;
Written Communication; technical documentation; Active Listening;
Understanding stakeholder needs; attentive listening; Collaboration and Teamwork;
Interpersonal Skills; Building rapport; constructive feedback; Cross-Functional Collaboration;
Critical Thinking; Analytical Thinking; Creativity; Thinking outside the box; brainstorming;
idea generation; Leadership; Delegating tasks; Project Management; Time management;
prioritization; Managing risks; Emotional Intelligence; EQ; Self-Awareness; Empathy;
Relationship Management; Building trust; Adaptability; Resilience; Change Management;
Stress Management; Negotiation; win-win solutions; Persuasion; Building consensus; Trello;
Asana; Notion; Avoiding Procrastination; Conflict Resolution; De-escalation;
Cultural Awareness; Diversity and Inclusion; Global Collaboration; multicultural settings;
Decision-Making; Structured Decision-Making; SWOT analysis; decision matrices; Decisiveness;
Mentoring; Coaching; Sharing knowledge; Integrity; ethical guidelines; Innovation;
culture of experimentation; Iterative Improvement; Building Relationships;
Leveraging Networks
""",
"003": """
Deep Learning; ML; scalability; research papers; prototypes; MLOps; DevOps; ML lifecycle;
TensorFlow; PyTorch; MLflow; TFX; ethical implications; fair and transparent;
product management; data acquisition; model interpretability; business goals;
data pipelines; training infrastructures; inference optimization; edge devices; IoT devices;
AI Regulation and Policy; cloud based; AI-driven products; software engineering
""",
}


def strip_comments(text):
    """Removes // and /* */ comments outside JSON strings."""
    out, i, n, in_str = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_str = False
            i += 1
        elif c == '"':
            in_str = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def load(path, errors):
    try:
        with open(path, encoding="utf-8") as f:
            return json.loads(strip_comments(f.read()))
    except (OSError, ValueError) as e:
        errors.append("%s: %s" % (path, e))
        return None


def norm(text):
    return re.sub(r"[\s-]+", " ", text.strip().lower())


def norm_case(text):
    return re.sub(r"[\s-]+", " ", text.strip())


def load_skills(rules, errors):
    skills = {}
    for path in sorted(glob.glob(os.path.join(rules, "skills", "*.json"))):
        doc = load(path, errors)
        for s in (doc or {}).get("skills", []):
            skills[s.get("id", "")] = s
    return skills


def alias_index(skills):
    """norm text -> (skill id, case-sensitive text or None); plus compiled patterns."""
    lit, pats = {}, []
    for sid, s in skills.items():
        for a in s.get("aliases", []):
            if isinstance(a, str):
                a = {"text": a}
            if "pattern" in a:
                pats.append((re.compile(a["pattern"], re.IGNORECASE), sid))
            else:
                sens = norm_case(a["text"]) if a.get("case") == "sensitive" else None
                lit.setdefault(norm(a["text"]), []).append((sid, sens))
    return lit, pats


def map_term(term, lit, pats):
    for sid, sens in lit.get(norm(term), []):
        if sens is None or sens == norm_case(term):
            return sid
    for rx, sid in pats:
        if rx.fullmatch(term.strip()):
            return sid
    return ""


def seed_text(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    return norm(re.sub(r"[*`#]", "", t))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default=os.path.join(os.path.dirname(ROOT), "shared", "seeds"))
    ap.add_argument("--rules", default=os.path.join(ROOT, "rules"))
    ap.add_argument("--out", default=None, help="default: RULES/coverage.tsv")
    args = ap.parse_args()
    errors = []
    skills = load_skills(args.rules, errors)

    lit, pats = alias_index(skills)
    rows, unmapped = [], []
    for prefix, block in sorted(TERMS.items()):
        found = glob.glob(os.path.join(args.seeds, prefix + "_*.txt"))
        if len(found) != 1:
            errors.append("seed %s_*.txt not found in %s" % (prefix, args.seeds))
            continue
        path = found[0]
        text = seed_text(path)
        seen = set()
        for term in (t.strip() for t in block.split(";")):
            if not term or norm(term) in seen:
                continue
            seen.add(norm(term))
            if norm(re.sub(r"[*`#]", "", term)) not in text:
                errors.append("%s: term %r does not occur in the seed" % (os.path.basename(path), term))
            sid = map_term(term, lit, pats)
            if not sid:
                unmapped.append("%s: %s" % (os.path.basename(path), term))
            rows.append((os.path.basename(path), term, sid))

    out = args.out or os.path.join(args.rules, "coverage.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("seed_file\tterm\tskill_id\n")
        for r in rows:
            f.write("\t".join(r) + "\n")

    for u in unmapped:
        errors.append("term without a skill: " + u)
    print("%d skills; %d seed terms, %d unmapped -> %s" % (len(skills), len(rows), len(unmapped), out))
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
