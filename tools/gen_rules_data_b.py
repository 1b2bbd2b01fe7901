# Taxonomy data, part B (seed 002: Machine Learning and Deep Learning, Data Engineering).
# Format: see gen_rules_data_a.py.

DATA_B = r"""
#F machine-learning-and-deep-learning
#C Machine Learning and Deep Learning / Machine Learning Fundamentals
machine-learning | Machine Learning | con | =ML; machine learning algorithms; ML algorithms; machine learning models; ML models; ML model; machine learning model; statistical learning; model development; ML model development; ML techniques; machine learning techniques; AI algorithms; AI/ML |
supervised-learning | Supervised Learning | con | supervised methods; supervised learning algorithms; supervised machine learning | machine-learning
unsupervised-learning | Unsupervised Learning | con | unsupervised methods; unsupervised learning algorithms; unsupervised machine learning | machine-learning
semi-supervised-learning | Semi-Supervised Learning | con | semi supervised learning; semisupervised learning; self-supervised learning | machine-learning
reinforcement-learning | Reinforcement Learning | con | ~RL; deep reinforcement learning; =DRL | machine-learning
bias-variance-tradeoff | Bias-Variance Tradeoff | con | bias-variance trade-off; bias variance tradeoff | machine-learning
overfitting | Overfitting and Underfitting | con | overfitting; underfitting; over-fitting; overfitting prevention | machine-learning
data-preprocessing | Data Preprocessing | prac | data pre-processing; preprocessing; pre-processing; data preparation; data prep |
ml-pipelines | ML Pipelines | prac | ML pipeline; machine learning pipelines; machine learning pipeline; ML workflows; ML workflow | machine-learning
model-training | Model Training | prac | training models; model training and evaluation; train machine learning models; training pipelines | machine-learning
model-evaluation | Model Evaluation and Validation | prac | model evaluation; model validation; model evaluation and validation techniques; evaluation metrics; model comparison; model selection; train-test split; train/test split; training, validation, and testing splits; train/validation/test splits | machine-learning
hyperparameter-tuning | Hyperparameter Tuning | prac | hyperparameter optimization; hyperparameter optimisation; hyper-parameter tuning; =HPO; grid search; random search; hyperparameter search; Hyperband | machine-learning
optuna | Optuna | lib |  | hyperparameter-tuning, python
automl | AutoML | tool | automated machine learning; Google AutoML; Cloud AutoML; AutoML Tables | machine-learning
#C Machine Learning and Deep Learning / Supervised Learning
regression | Regression | con | regression models; regression modeling; regression modelling; regression algorithms | supervised-learning
linear-regression | Linear Regression | con | ordinary least squares; =OLS; OLS regression; multiple linear regression | regression
polynomial-regression | Polynomial Regression | con |  | regression
logistic-regression | Logistic Regression | con | logit regression; multinomial logistic regression | classification
regression-metrics | Regression Metrics | con | =MAE; =MSE; =RMSE; mean absolute error; mean squared error; root mean squared error; root mean square error; R-squared; R²; R2 score; =MAPE | model-evaluation
classification | Classification | con | classification models; classification algorithms; classifiers; binary classification; multi-class classification; multiclass classification; multi-label classification | supervised-learning
knn | k-Nearest Neighbors | con | k-nearest neighbors; k-nearest neighbours; k nearest neighbors; k-NN; =KNN; =kNN | supervised-learning
svm | Support Vector Machines | con | support vector machine; =SVM; =SVMs; support vector regression; =SVR | supervised-learning
decision-trees | Decision Trees | con | decision tree; =CART; decision tree classifier | supervised-learning
random-forest | Random Forest | con | random forests; random forest classifier; random forest regression | ensemble-methods, decision-trees
gradient-boosting | Gradient Boosting | con | gradient boosted trees; gradient-boosted trees; gradient boosting machines; =GBM; =GBMs; =GBDT; gradient boosted decision trees | ensemble-methods
xgboost | XGBoost | lib | XG Boost | gradient-boosting
lightgbm | LightGBM | lib | Light GBM; =LGBM | gradient-boosting
catboost | CatBoost | lib | Cat Boost | gradient-boosting
classification-metrics | Classification Metrics | con | precision and recall; precision/recall; F1-score; F1 score; =ROC-AUC; ROC AUC; =AUC; =AUC-ROC; ROC curves; ROC curve; precision-recall curves; precision-recall curve; =PR-AUC; confusion matrix; confusion matrices | model-evaluation
#C Machine Learning and Deep Learning / Unsupervised Learning
clustering | Clustering | con | cluster analysis; clustering algorithms; customer segmentation | unsupervised-learning
k-means | k-Means | con | k-means clustering; kmeans; k-means++ | clustering
hierarchical-clustering | Hierarchical Clustering | con | agglomerative clustering; hierarchical cluster analysis | clustering
dbscan | DBSCAN | con | =HDBSCAN | clustering
gaussian-mixture-models | Gaussian Mixture Models | con | Gaussian mixture model; =GMM; =GMMs; Gaussian mixtures | clustering
dimensionality-reduction | Dimensionality Reduction | con | dimension reduction; dimensionality reduction techniques | unsupervised-learning
pca | Principal Component Analysis | con | =PCA; principal components analysis | dimensionality-reduction
t-sne | t-SNE | con | tSNE; t-distributed stochastic neighbor embedding | dimensionality-reduction
umap | UMAP | con | =UMAP | dimensionality-reduction
anomaly-detection | Anomaly Detection | con | outlier detection; anomaly detection models; novelty detection; fraud detection | unsupervised-learning
isolation-forest | Isolation Forest | con | isolation forests; iForest | anomaly-detection
one-class-svm | One-Class SVM | con | one class SVM; one-class support vector machine | anomaly-detection
association-rule-learning | Association Rule Learning | con | association rules; association rule mining; market basket analysis; Apriori; Apriori algorithm; FP-Growth; FP Growth | unsupervised-learning
#C Machine Learning and Deep Learning / Feature Engineering
feature-engineering | Feature Engineering | prac | feature engineering and selection; feature creation | machine-learning
missing-data | Missing Data Handling | prac | handling missing values; missing values; missing data; missing value imputation; data imputation; imputation | feature-engineering
categorical-encoding | Categorical Encoding | prac | one-hot encoding; one hot encoding; label encoding; target encoding; encoding categorical variables; categorical variables | feature-engineering
feature-scaling | Feature Scaling | prac | feature normalization; feature standardization; standardization and normalization; min-max scaling; standard scaling; z-score normalization; data normalization | feature-engineering
feature-extraction | Feature Extraction | prac | feature extractors | feature-engineering
tf-idf | TF-IDF | con | TFIDF; term frequency-inverse document frequency; bag of words; bag-of-words | feature-extraction, nlp
feature-selection | Feature Selection | prac | recursive feature elimination; =RFE; feature importance; variable selection | feature-engineering
#C Machine Learning and Deep Learning / Model Evaluation and Validation
cross-validation | Cross-Validation | prac | k-fold cross-validation; k-fold; k-fold CV; leave-one-out cross-validation; =LOOCV; resampling methods; stratified k-fold | model-evaluation
stratified-sampling | Stratified Sampling | con | stratified sampling methods; stratification | statistics
#C Machine Learning and Deep Learning / Advanced Machine Learning
ensemble-methods | Ensemble Methods | con | ensemble learning; ensemble models; ensembles; bagging; ?boosting; ?stacking; ?blending; stacking and blending; model stacking | machine-learning
adaboost | AdaBoost | con | Ada Boost | ensemble-methods
markov-decision-processes | Markov Decision Processes | con | Markov decision process; =MDP; =MDPs | reinforcement-learning
q-learning | Q-Learning | con | deep Q-learning; deep Q-networks; deep Q-network; =DQN; =DQNs | reinforcement-learning
policy-gradient | Policy Gradient Methods | con | policy gradient; policy gradients; policy gradient methods; actor-critic; proximal policy optimization | reinforcement-learning
active-learning | Active Learning | con | ?active learning | machine-learning
#C Machine Learning and Deep Learning / Deep Learning Fundamentals
deep-learning | Deep Learning | con | deep learning algorithms; deep learning models; deep learning model; deep learning techniques; deep neural networks; deep neural network; =DNN; =DNNs | machine-learning
deep-learning-frameworks | Deep Learning Frameworks | con | deep learning framework; =DL frameworks | deep-learning
ml-frameworks | ML Frameworks | con | machine learning frameworks; ML frameworks and libraries; ML libraries; machine learning libraries | machine-learning
neural-networks | Neural Networks | con | neural network; artificial neural networks; artificial neural network; =ANN; =ANNs; neural nets; neural net; neural network architectures; neural network architecture | deep-learning
perceptron | Perceptrons | con | perceptron; perceptrons; multilayer perceptron; multi-layer perceptron; =MLP; =MLPs | neural-networks
activation-functions | Activation Functions | con | activation function; =ReLU; sigmoid; tanh; softmax; =GELU; Leaky ReLU | neural-networks
backpropagation | Backpropagation | con | backprop; back-propagation; back propagation; backward propagation; forward and backward propagation; forward propagation | neural-networks
adaptive-optimizers | Adaptive Optimizers | con | ~Adam; Adam optimizer; AdamW; RMSprop; Adagrad; adaptive methods; adaptive optimization methods; =SGD with momentum | gradient-descent
loss-functions | Loss Functions | con | loss function; hinge loss; custom loss functions; objective functions | machine-learning
cross-entropy-loss | Cross-Entropy Loss | con | cross-entropy; cross entropy loss; log loss; categorical cross-entropy; binary cross-entropy | loss-functions
#C Machine Learning and Deep Learning / Neural Network Architectures
feedforward-neural-networks | Feedforward Neural Networks | con | feedforward neural network; feed-forward neural networks; feedforward networks; =FNN; =FNNs; fully connected layers; fully connected networks; dense layers | neural-networks
dropout | Dropout | con | ?dropout; dropout regularization; dropout layers | regularization
batch-normalization | Batch Normalization | con | batch norm; BatchNorm; batch normalisation; layer normalization; layer norm | neural-networks
cnn | Convolutional Neural Networks | con | convolutional neural network; =CNN; =CNNs; ConvNets; ConvNet; convolutional networks; convolutional layers; pooling layers; convolutional layers, pooling layers | neural-networks
lenet | LeNet | con | LeNet-5 | cnn
alexnet | AlexNet | con |  | cnn
vgg | VGG | con | =VGG; VGGNet; VGG16; VGG19; VGG-16; VGG-19 | cnn
resnet | ResNet | con | ResNet-50; ResNet50; ResNet-101; residual networks; residual network | cnn
efficientnet | EfficientNet | con | EfficientNets | cnn
rnn | Recurrent Neural Networks | con | recurrent neural network; =RNN; =RNNs; vanilla RNNs; vanilla RNN; recurrent networks | neural-networks
lstm | LSTM | con | =LSTM; =LSTMs; long short-term memory; long short term memory networks | rnn
gru | GRU | con | =GRU; =GRUs; gated recurrent units; gated recurrent unit | rnn
transformers | Transformers | con | ?transformers; ?transformer; transformer models; transformer architecture; transformer architectures; transformer-based models; transformer networks; transformer model | neural-networks
self-attention | Attention Mechanisms | con | attention mechanism; attention mechanisms; self-attention; self-attention mechanism; multi-head attention; attention models | neural-networks
bert | BERT | con | =BERT; RoBERTa; DistilBERT; =BERT models | transformers, nlp
gpt | GPT | con | =GPT; GPT-2; GPT-3; GPT-3.5; GPT-4; GPT models | transformers, large-language-models
t5 | T5 | con | =T5; Flan-T5; =T5 models | transformers, nlp
#C Machine Learning and Deep Learning / Training and Optimization
learning-rate-schedulers | Learning Rate Schedulers | con | learning rate scheduler; learning rate scheduling; learning rate schedules; learning rate schedule; step decay; cosine annealing; warm restarts; learning rate warmup | deep-learning
data-augmentation | Data Augmentation | prac | image augmentation; text augmentation; back-translation; augmentation techniques | deep-learning
transfer-learning | Transfer Learning | con | transfer-learning techniques | deep-learning
fine-tuning | Fine-Tuning | prac | ?fine-tuning; ?fine-tune; ?fine-tuned; ?finetuning; ?finetune; fine-tuning pre-trained models; model fine-tuning; fine-tuning LLMs; parameter-efficient fine-tuning; =PEFT; =LoRA | transfer-learning
pretrained-models | Pre-trained Models | con | pre-trained models; pretrained models; pre-trained model; pretrained model; foundation models; foundation model | transfer-learning
#C Machine Learning and Deep Learning / Generative Models
generative-models | Generative Models | con | generative model; generative AI; =GenAI; Gen AI; generative modeling; generative modelling | deep-learning
autoencoders | Autoencoders | con | autoencoder; auto-encoders; auto-encoder; vanilla autoencoders; denoising autoencoders | neural-networks
vae | Variational Autoencoders | con | variational autoencoder; variational auto-encoders; =VAE; =VAEs | autoencoders, generative-models
gan | Generative Adversarial Networks | con | generative adversarial network; =GAN; =GANs | generative-models, neural-networks
dcgan | DCGAN | con | =DCGAN | gan
cyclegan | CycleGAN | con |  | gan
stylegan | StyleGAN | con | StyleGAN2; StyleGAN3 | gan
diffusion-models | Diffusion Models | con | diffusion model; denoising diffusion probabilistic models; denoising diffusion; =DDPM; =DDPMs; Stable Diffusion; latent diffusion | generative-models
#C Machine Learning and Deep Learning / Sequence Modeling
nlp | Natural Language Processing | con | =NLP; natural language understanding; =NLU; text analytics; text mining; computational linguistics | machine-learning
tokenization | Tokenization | con | tokenisation; tokenizers; tokenizer | nlp
embeddings | Embeddings | con | word embeddings; embedding layers; embedding layer; text embeddings; vector embeddings; sentence embeddings | deep-learning
word2vec | Word2Vec | con | word2vec | embeddings
glove | GloVe | con | =GloVe; GloVe embeddings | embeddings
fasttext | FastText | lib | fastText | embeddings
sequence-modeling | Sequence Modeling | con | sequence modelling; sequence models; sequence-to-sequence; seq2seq | deep-learning
text-classification | Text Classification | con | sentiment analysis; document classification; text categorization | nlp
named-entity-recognition | Named Entity Recognition | con | =NER; entity extraction; named-entity recognition | nlp
machine-translation | Machine Translation | con | neural machine translation; =NMT | nlp
text-summarization | Text Summarization | con | summarization; abstractive summarization; extractive summarization; text summarisation | nlp
large-language-models | Large Language Models | con | large language model; ~LLM; =LLMs; language models; language model | nlp, deep-learning
hugging-face-transformers | Hugging Face Transformers | lib | Hugging Face; HuggingFace; Hugging Face Hub; HF Transformers | transformers, python
langchain | LangChain | lib | Lang Chain | large-language-models
llamaindex | LlamaIndex | lib | Llama Index; GPT Index | large-language-models
retrieval-augmented-generation | Retrieval-Augmented Generation | con | retrieval augmented generation; =RAG; =RAG pipelines | large-language-models
prompt-engineering | Prompt Engineering | prac | prompt design; prompting; prompt tuning | large-language-models
vector-databases | Vector Databases | db | vector database; vector DB; vector DBs; vector stores; vector store; vector search; Pinecone; =FAISS; Faiss; Milvus; Weaviate; Chroma DB; ChromaDB; pgvector | embeddings
#C Machine Learning and Deep Learning / Computer Vision
computer-vision | Computer Vision | con | machine vision; visual recognition; image recognition | deep-learning
image-processing | Image Processing | con | image filtering; edge detection; digital image processing; image analysis | computer-vision
opencv | OpenCV | lib | Open CV; cv2 | computer-vision, image-processing
object-detection | Object Detection | con | object detection models; object recognition | computer-vision
yolo | YOLO | con | =YOLO; YOLOv3; YOLOv4; YOLOv5; YOLOv7; YOLOv8; You Only Look Once | object-detection
faster-r-cnn | Faster R-CNN | con | Faster RCNN; R-CNN; Fast R-CNN; =RCNN | object-detection
image-segmentation | Image Segmentation | con | segmentation models | computer-vision
semantic-segmentation | Semantic Segmentation | con | semantic segmentation models | image-segmentation
u-net | U-Net | con | UNet; U Net | semantic-segmentation
deeplab | DeepLab | con | DeepLabv3; DeepLabV3+ | semantic-segmentation
instance-segmentation | Instance Segmentation | con |  | image-segmentation
mask-r-cnn | Mask R-CNN | con | Mask RCNN | instance-segmentation
#C Machine Learning and Deep Learning / Time Series Forecasting
time-series-forecasting | Time Series Forecasting | con | time-series forecasting; ?forecasting; forecasting models; demand forecasting; sales forecasting; predictive forecasting | time-series-analysis
temporal-fusion-transformer | Temporal Fusion Transformers | con | Temporal Fusion Transformer; =TFT | time-series-forecasting, transformers
#C Machine Learning and Deep Learning / MLOps for ML/DL
model-drift | Model Drift Detection | prac | model drift; data drift; concept drift; drift detection; performance drift detection; data drift detection; drift monitoring | model-monitoring
retraining-pipelines | Retraining Pipelines | prac | retraining pipeline; automated retraining; automating retraining; model retraining; scheduled retraining; continuous training | mlops
#C Machine Learning and Deep Learning / Practical Tools and Libraries
scikit-learn | scikit-learn | lib | sklearn; scikit learn; scikit; SciKit-Learn; sci-kit learn | machine-learning, python
tensorflow | TensorFlow | lib | ~TF; TensorFlow 2; TensorFlow 2.x; TF2; Tensorflow | deep-learning-frameworks
pytorch | PyTorch | lib | Pytorch; torch.nn; PyTorch Lightning | deep-learning-frameworks
keras | Keras | lib | tf.keras; Keras API | deep-learning-frameworks
tensorboard | TensorBoard | tool | Tensorboard | experiment-tracking
jupyter | Jupyter | tool | Jupyter notebooks; Jupyter notebook; JupyterLab; Jupyter Lab; IPython; IPython notebooks; Jupyter Hub; JupyterHub; Google Colab; Colab | python

#F data-engineering
#C Data Engineering / Data Engineering Fundamentals
data-engineering | Data Engineering | prac | data infrastructure; data platform engineering; data engineering fundamentals |
data-lifecycle | Data Lifecycle | con | data life cycle; data lifecycle management |
data-pipelines | Data Pipelines | prac | data pipeline; data pipeline development; data pipeline design; building data pipelines; pipeline design; data flows | data-engineering
batch-processing | Batch Processing | prac | batch pipelines; batch jobs; batch data processing; periodic batch processing pipelines; large-scale batch processing | data-pipelines
stream-processing | Stream Processing | prac | streaming pipelines; streaming data; data streaming; real-time streaming; real-time processing; real-time data processing; real-time/streaming pipelines; real-time pipelines; event streaming; event stream processing; windowing; watermarks; watermarks and windowing; event time vs. processing time | data-pipelines
etl | ETL | prac | extract, transform, load; extract transform load; ETL pipelines; ETL pipeline; ETL processes; ETL process; ETL tools; ETL development; ETL/ELT pipeline design; ETL (Extract, Transform, Load) pipelines | data-pipelines
elt | ELT | prac | extract, load, transform; extract load transform; ELT pipelines | data-pipelines
#C Data Engineering / Programming for Data Engineering
pandas | pandas | lib | ?pandas; pandas library; Python pandas; pandas DataFrames; pandas dataframe | python
pyspark | PySpark | lib | Py Spark | apache-spark, python
sqlalchemy | SQLAlchemy | lib | SQL Alchemy | python, sql
advanced-sql | Advanced SQL | prac | window functions; =CTEs; =CTE; common table expressions; stored procedures; complex SQL queries; complex queries; writing complex queries | sql
sql-optimization | Query Optimization | prac | query optimization; SQL optimization; SQL tuning; query tuning; query performance tuning; query plans; query plan; EXPLAIN plans; EXPLAIN and profiling queries; profiling queries | sql
data-wrangling | Data Wrangling | prac | data munging; data manipulation; data handling; data wrangling for analytical purposes |
#C Data Engineering / Data Storage Systems
postgresql | PostgreSQL | db | Postgres; PostgresSQL; Postgre SQL; psql; Amazon Aurora PostgreSQL | relational-databases
mysql | MySQL | db | My SQL; MariaDB; Amazon Aurora MySQL | relational-databases
oracle-database | Oracle Database | db | ~Oracle; Oracle DB; Oracle SQL; Oracle RDBMS; Oracle 19c; Oracle 12c; Oracle 11g; ~ORACLE | relational-databases
sql-server | SQL Server | db | Microsoft SQL Server; MS SQL Server; =MSSQL; MS SQL; T-SQL; =TSQL; Transact-SQL | relational-databases
redis | Redis | db | Redis cache; Amazon ElastiCache; ElastiCache | key-value-stores
dynamodb | DynamoDB | db | Amazon DynamoDB; AWS DynamoDB; Dynamo DB | key-value-stores, aws
mongodb | MongoDB | db | Mongo DB; Mongo; MongoDB Atlas | document-stores
couchdb | CouchDB | db | Apache CouchDB; Couch DB; Couchbase | document-stores
cassandra | Apache Cassandra | db | ~Cassandra; =CQL | wide-column-stores
hbase | HBase | db | Apache HBase | wide-column-stores, hadoop
wide-column-stores | Wide-Column Stores | con | wide column; wide-column databases; wide column store; column-family databases | nosql
graph-databases | Graph Databases | db | graph database; graph DB | nosql
neo4j | Neo4j | db | Neo4J; Cypher query language | graph-databases
amazon-neptune | Amazon Neptune | db | ~Neptune; AWS Neptune | graph-databases, aws
data-lakes | Data Lakes | con | data lake; data lakehouse; lakehouse; lakehouse architecture; data lakes and warehouses |
data-warehousing | Data Warehousing | con | data warehouses; data warehouse; data warehousing concepts; data warehousing solutions; =DWH; =EDW; enterprise data warehouse |
distributed-storage | Distributed Storage | con | distributed storage systems; distributed file systems; distributed file system |
hdfs | HDFS | tool | Hadoop Distributed File System | hadoop, distributed-storage
amazon-s3 | Amazon S3 | plat | AWS S3; =S3; S3 buckets; Simple Storage Service; Amazon Simple Storage Service | aws, object-storage
azure-data-lake | Azure Data Lake | plat | Azure Data Lake Storage; =ADLS; ADLS Gen2; Azure Data Lake Storage Gen2 | azure, data-lakes
google-cloud-storage | Google Cloud Storage | plat | =GCS; ~Cloud Storage; GCP Cloud Storage | gcp, object-storage
snowflake | Snowflake | db | ~Snowflake; Snowflake Data Cloud; Snowflake DB; Snowflake data warehouse; Snowpark; Snowpipe | data-warehousing
amazon-redshift | Amazon Redshift | db | Redshift; AWS Redshift; Redshift Spectrum | data-warehousing, aws
bigquery | BigQuery | db | Google BigQuery; GCP BigQuery; Big Query | data-warehousing, gcp
azure-synapse | Azure Synapse Analytics | db | Azure Synapse; Synapse Analytics; ~Synapse | data-warehousing, azure
#C Data Engineering / Data Ingestion and Integration
data-ingestion | Data Ingestion | prac | batch ingestion; file-based ingestion; data ingestion pipelines; working with APIs for data ingestion | data-pipelines
data-integration | Data Integration | prac | data integration tools; integrating data | data-engineering
apache-sqoop | Apache Sqoop | tool | Sqoop | hadoop, data-ingestion
talend | Talend | tool | Talend Open Studio | etl
informatica | Informatica | tool | Informatica PowerCenter; Informatica IICS | etl
apache-kafka | Apache Kafka | tool | Kafka; Confluent Kafka; =Confluent; Kafka topics; Kafka Connect | stream-processing
apache-pulsar | Apache Pulsar | tool | ~Pulsar | stream-processing
amazon-kinesis | Amazon Kinesis | tool | AWS Kinesis; Kinesis; Kinesis Data Streams; Kinesis Firehose | stream-processing, aws
google-pubsub | Google Pub/Sub | tool | Cloud Pub/Sub; GCP Pub/Sub; Pub/Sub; PubSub | stream-processing, gcp
event-driven-architecture | Event-Driven Architecture | con | event-driven architectures; event-driven systems; event driven design; event-driven microservices; producers and consumers; producers, consumers, topics, partitions |
web-scraping | Web Scraping | prac | web crawling; scraping; web crawlers | data-ingestion
beautiful-soup | Beautiful Soup | lib | BeautifulSoup; =bs4; BeautifulSoup4 | web-scraping, python
scrapy | Scrapy | lib |  | web-scraping, python
salesforce | Salesforce | plat | Salesforce CRM; =SFDC |
sap | SAP | plat | =SAP; SAP ERP; SAP HANA; =S/4HANA |
#C Data Engineering / Data Processing
apache-spark | Apache Spark | tool | ~Spark; Spark jobs; Spark DataFrames; Spark RDDs; =RDDs; =RDD; resilient distributed datasets; Spark cluster; Spark clusters | big-data, distributed-systems
spark-sql | Spark SQL | tool | SparkSQL | apache-spark, sql
spark-streaming | Spark Streaming | tool | Structured Streaming; Spark Structured Streaming | apache-spark, stream-processing
hadoop | Hadoop | tool | Apache Hadoop; Hadoop ecosystem; Hadoop-based tools; Hadoop clusters | big-data
mapreduce | MapReduce | tool | Hadoop MapReduce; Map-Reduce; Elastic MapReduce jobs | hadoop
yarn | YARN | tool | =YARN; Hadoop YARN; Apache Hadoop YARN | hadoop
apache-flink | Apache Flink | tool | Flink; PyFlink | stream-processing
kafka-streams | Kafka Streams | tool | Apache Kafka Streams; =KStreams; ksqlDB | apache-kafka, stream-processing
data-cleaning | Data Cleaning | prac | data cleansing; data cleaning and preprocessing; deduplication; de-duplication; null handling; cleaning and preprocessing; handling duplicates; handling duplicates, null values, inconsistent formats | data-preprocessing
data-transformation | Data Transformation | prac | data transformations; data enrichment; enrichment and joining datasets; joining datasets |
#C Data Engineering / Data Modeling
data-modeling | Data Modeling | prac | data modelling; data models; schema design; relational modeling; relational data modeling; ER diagrams; ER diagrams and schema design; entity-relationship diagrams; entity relationship modeling; =ERD; =ERDs; logical data modeling |
database-normalization | Database Normalization | con | database normalisation; =1NF; =2NF; =3NF; normal forms; denormalization; denormalisation; Normalization (1NF, 2NF, 3NF) | data-modeling
dimensional-modeling | Dimensional Modeling | prac | dimensional modelling; dimensional data modeling; fact and dimension tables; fact tables; dimension tables; surrogate keys; slowly changing dimensions; =SCD; =SCDs; Kimball methodology; Kimball | data-modeling, data-warehousing
star-schema | Star Schema | con | star schemas; star-schema design | dimensional-modeling
snowflake-schema | Snowflake Schema | con | snowflake schemas | dimensional-modeling
#C Data Engineering / Data Workflow Orchestration
workflow-orchestration | Workflow Orchestration | prac | orchestration tools; pipeline orchestration; data orchestration; workflow automation; workflow orchestration tools; workflow management; job scheduling |
apache-airflow | Apache Airflow | tool | ~Airflow; Airflow DAGs; Apache Airflow DAGs; Cloud Composer; Amazon MWAA; =MWAA | workflow-orchestration
prefect | Prefect | tool | ~Prefect; Prefect flows; Prefect Cloud; Prefect orchestration | workflow-orchestration
luigi | Luigi | tool | ~Luigi; Spotify Luigi; Luigi pipelines | workflow-orchestration
dagster | Dagster | tool |  | workflow-orchestration
#C Data Engineering / Big Data Ecosystem
big-data | Big Data | con | big data technologies; big data tools; big data processing; big data processing tools; big data ecosystem; big data frameworks; large-scale data processing |
#C Data Engineering / Cloud Platforms
amazon-emr | Amazon EMR | plat | AWS EMR; ~EMR; Elastic MapReduce; AWS Elastic MapReduce | aws, big-data
aws-glue | AWS Glue | plat | ~Glue; AWS Glue jobs; Glue ETL; Amazon Glue; Glue crawlers | aws, etl
google-dataflow | Google Cloud Dataflow | plat | ~Dataflow; GCP Dataflow; Cloud Dataflow; Google Dataflow | gcp, apache-beam
apache-beam | Apache Beam | tool | Beam pipelines; Apache Beam pipelines | stream-processing, batch-processing
google-dataproc | Google Dataproc | plat | Dataproc; Cloud Dataproc; GCP Dataproc | gcp, apache-spark
databricks | Databricks | plat | Azure Databricks; Databricks Lakehouse; Databricks notebooks; Unity Catalog | apache-spark
google-cloud-data-fusion | Google Cloud Data Fusion | plat | Cloud Data Fusion; GCP Data Fusion; ~Data Fusion | gcp, etl
managed-data-services | Managed Data Services | con | cloud data services; managed data services; cloud data engineering tools; cloud data platforms |
#C Data Engineering / Data Governance and Quality
data-quality | Data Quality | prac | data validation; data profiling; data quality checks; data profiling and validation; data accuracy, consistency, and reliability; data accuracy |
data-governance | Data Governance | prac | metadata management; data stewardship; data management; data governance frameworks |
data-catalog | Data Catalog | tool | data cataloging; data cataloguing; data catalogs; data catalogues | data-governance
data-lineage | Data Lineage | prac | lineage tracking; data provenance | data-governance
apache-atlas | Apache Atlas | tool |  | data-catalog
aws-glue-data-catalog | AWS Glue Data Catalog | tool | Glue Data Catalog | aws-glue, data-catalog
ccpa | CCPA | cert | California Consumer Privacy Act; =CPRA | data-privacy, compliance
hipaa | HIPAA | cert | HIPAA compliance; Health Insurance Portability and Accountability Act | data-privacy, compliance
#C Data Engineering / Monitoring and Optimization
aws-cloudwatch | Amazon CloudWatch | tool | CloudWatch; AWS CloudWatch | aws, observability
#C Data Engineering / Security and Privacy
rbac | Role-Based Access Control | con | =RBAC; role based access control; access controls; access control; fine-grained access control; fine-grained access; =ABAC | identity-and-access-management
aws-lake-formation | AWS Lake Formation | tool | Lake Formation | aws, data-governance
data-masking | Data Masking | prac | data anonymization; data anonymisation; anonymization; pseudonymization; pseudonymisation; tokenization of PII; =PII masking | data-privacy
differential-privacy | Differential Privacy | con | differentially private | data-privacy
#C Data Engineering / Advanced Topics
real-time-analytics | Real-Time Analytics | prac | real time analytics; streaming analytics | stream-processing
lambda-architecture | Lambda Architecture | con |  | big-data
kappa-architecture | Kappa Architecture | con |  | stream-processing
graph-processing | Graph Processing | con | graph analytics; graph computation; Apache GraphX; GraphX | big-data
apache-giraph | Apache Giraph | tool | Giraph | graph-processing
apache-mahout | Apache Mahout | lib | Mahout | machine-learning, hadoop
mllib | Spark MLlib | lib | MLlib; Spark ML; =MLLib | apache-spark, machine-learning
#C Data Engineering / Practical Tools and Frameworks
dbt | dbt | tool | data build tool; dbt Core; dbt Cloud | elt, sql
apache-nifi | Apache NiFi | tool | NiFi; Apache Nifi | data-ingestion
great-expectations | Great Expectations | lib | ~Great Expectations; Great Expectations library | data-quality
deequ | Deequ | lib | AWS Deequ; PyDeequ | data-quality
data-testing | Data Testing | prac | data pipeline testing; testing data pipelines; data unit tests | data-quality
"""
