# Taxonomy data, part C (seed 002: Cloud Computing and MLOps, Model Deployment and Optimization).
# Format: see gen_rules_data_a.py.

DATA_C = r"""
#F cloud-computing-and-mlops
#C Cloud Computing and MLOps / Cloud Computing Fundamentals
cloud-computing | Cloud Computing | con | cloud platforms; cloud platform; cloud services; cloud technologies; cloud infrastructure; cloud-based; cloud native; cloud-native; cloud solutions; cloud environments; ?cloud; cloud architecture; cloud migration; cloud adoption; cloud transformation; cloud adoption and migration; cloud hosting; cloud computing platforms |
iaas | Infrastructure as a Service | con | =IaaS | cloud-computing
paas | Platform as a Service | con | =PaaS | cloud-computing
saas | Software as a Service | con | =SaaS; multitenancy; multi-tenancy | cloud-computing
cloud-deployment-models | Cloud Deployment Models | con | public cloud; private cloud; hybrid cloud; multi-cloud; multicloud; public, private, hybrid, and multi-cloud; hybrid and multi-cloud | cloud-computing
virtualization | Virtualization | con | virtualisation; virtual machines; virtual machine; =VMs; =VM; hypervisors; hypervisor; VMware |
containerization | Containerization | con | containerisation; containerized; containerised; containerized deployment; containerized applications; container technologies; Linux containers; ?containers; container platform; container platforms |
container-orchestration | Container Orchestration | con | container orchestration platforms; orchestration of containers | containerization
#C Cloud Computing and MLOps / Cloud Service Providers
aws | AWS | plat | Amazon Web Services; Amazon Web Services (AWS); AWS Cloud | cloud-computing
gcp | GCP | plat | Google Cloud; Google Cloud Platform; Google Cloud Platform (GCP) | cloud-computing
azure | Microsoft Azure | plat | Azure; MS Azure; Azure Cloud; Windows Azure | cloud-computing
amazon-ec2 | Amazon EC2 | plat | EC2; AWS EC2; Elastic Compute Cloud; Amazon Elastic Compute Cloud; EC2 instances | aws
aws-lambda | AWS Lambda | plat | ~Lambda; Amazon Lambda; =Lambda functions; AWS Lambda functions | aws, serverless
amazon-ebs | Amazon EBS | plat | =EBS; AWS EBS; Elastic Block Store; Amazon Elastic Block Store | aws
amazon-s3-glacier | Amazon S3 Glacier | plat | ~Glacier; AWS Glacier; S3 Glacier; Amazon Glacier | aws
amazon-rds | Amazon RDS | plat | =RDS; AWS RDS; Amazon Relational Database Service; Amazon Aurora; ~Aurora | aws, relational-databases
amazon-efs | Amazon EFS | plat | =EFS; AWS EFS; Elastic File System; Amazon Elastic File System | aws
aws-elb | Elastic Load Balancing | plat | Elastic Load Balancer; =ELB; AWS ELB; Application Load Balancer; =ALB | aws, load-balancing
amazon-sagemaker | Amazon SageMaker | plat | SageMaker; AWS SageMaker; Sagemaker; SageMaker Endpoints; AWS SageMaker Endpoints; SageMaker Distributed Training; SageMaker Studio | aws, mlops
sagemaker-pipelines | SageMaker Pipelines | tool | Amazon SageMaker Pipelines; AWS SageMaker Pipelines | amazon-sagemaker, ml-pipelines
amazon-rekognition | Amazon Rekognition | plat | Rekognition; AWS Rekognition | aws, computer-vision
amazon-comprehend | Amazon Comprehend | plat | ~Comprehend; AWS Comprehend | aws, nlp
amazon-eks | Amazon EKS | plat | =EKS; AWS EKS; Elastic Kubernetes Service; Amazon Elastic Kubernetes Service | aws, kubernetes
amazon-ecs | Amazon ECS | plat | =ECS; AWS ECS; Elastic Container Service; AWS Fargate; Fargate | aws, containerization
aws-step-functions | AWS Step Functions | tool | Step Functions; Amazon Step Functions | aws, workflow-orchestration
aws-codepipeline | AWS CodePipeline | tool | CodePipeline; AWS CodeBuild; CodeBuild; AWS CodeDeploy | aws, ci-cd
aws-iot-greengrass | AWS IoT Greengrass | plat | AWS Greengrass; Greengrass | aws, iot, edge-deployment
aws-inferentia | AWS Inferentia | tool | Inferentia; Inferentia2; AWS Trainium; Trainium | aws, hardware-acceleration
aws-cloudformation | AWS CloudFormation | tool | CloudFormation; CloudFormation templates; Amazon CloudFormation | aws, infrastructure-as-code
google-compute-engine | Google Compute Engine | plat | Compute Engine; GCP Compute Engine | gcp
google-cloud-functions | Google Cloud Functions | plat | ~Cloud Functions; GCP Cloud Functions; Firebase Cloud Functions | gcp, serverless
google-persistent-disk | Google Persistent Disk | plat | =Persistent Disk; =Persistent Disks; GCP Persistent Disk | gcp
google-cloud-sql | Google Cloud SQL | db | Cloud SQL; GCP Cloud SQL | gcp, relational-databases
google-firestore | Google Firestore | db | Firestore; Cloud Firestore; Firebase Firestore | gcp, document-stores
google-cloud-cdn | Google Cloud CDN | plat | Cloud CDN; GCP Cloud CDN | gcp, cdn
google-filestore | Google Filestore | plat | Filestore; GCP Filestore | gcp
vertex-ai | Vertex AI | plat | Google Vertex AI; GCP Vertex AI; Vertex AI Endpoints; Vertex AI Workbench | gcp, mlops
vertex-ai-pipelines | Vertex AI Pipelines | tool | Vertex Pipelines | vertex-ai, ml-pipelines
google-ai-platform | Google AI Platform | plat | ~AI Platform; GCP AI Platform; Cloud AI Platform; Cloud ML Engine | gcp
google-cloud-build | Google Cloud Build | tool | =Cloud Build; GCP Cloud Build | gcp, ci-cd
google-gke | Google Kubernetes Engine | plat | =GKE; GCP GKE; Google GKE | gcp, kubernetes
google-earth-engine | Google Earth Engine | plat | Google Earth Engine API; Earth Engine; Earth Engine API | geospatial-analysis
google-tpu | Google Cloud TPU | plat | Cloud TPU; Cloud TPUs; Google TPUs; Google TPU | gcp, tpu
azure-virtual-machines | Azure Virtual Machines | plat | Azure VMs; Azure VM | azure, virtualization
azure-functions | Azure Functions | plat | Azure Function; Azure Function Apps | azure, serverless
azure-blob-storage | Azure Blob Storage | plat | Azure Blob; Blob Storage; Azure Blobs; Azure Storage | azure, object-storage
azure-sql | Azure SQL | db | Azure SQL Database; Azure SQL DB; Azure SQL Managed Instance | azure, relational-databases
azure-cosmos-db | Azure Cosmos DB | db | Cosmos DB; CosmosDB; Azure CosmosDB | azure, nosql
azure-load-balancer | Azure Load Balancer | plat | Azure Load Balancers | azure, load-balancing
azure-application-gateway | Azure Application Gateway | plat | =Application Gateway | azure, load-balancing
azure-ml | Azure Machine Learning | plat | Azure ML; AzureML; Azure ML Studio; Azure ML Endpoints; Azure Machine Learning Studio | azure, mlops
azure-ml-pipelines | Azure ML Pipelines | tool | Azure Machine Learning Pipelines | azure-ml, ml-pipelines
azure-cognitive-services | Azure Cognitive Services | plat | Cognitive Services; Azure AI Services; Azure OpenAI; Azure OpenAI Service | azure
azure-devops | Azure DevOps | tool | Azure Pipelines; =VSTS; Azure DevOps Pipelines | azure, ci-cd
azure-resource-manager | Azure Resource Manager | tool | ARM templates; ARM template; Azure ARM templates; Azure Bicep; Bicep templates | azure, infrastructure-as-code
azure-data-factory | Azure Data Factory | tool | =Data Factory; =ADF | azure, etl
azure-iot-edge | Azure IoT Edge | plat | IoT Edge | azure, iot, edge-deployment
azure-app-service | Azure App Service | plat | =App Service; Azure Web Apps | azure
azure-aks | Azure Kubernetes Service | plat | =AKS; Azure AKS | azure, kubernetes
#C Cloud Computing and MLOps / Cloud Infrastructure
autoscaling | Autoscaling | con | auto-scaling; auto scaling; autoscaler; Kubernetes Autoscaler; cluster autoscaler; horizontal pod autoscaling; horizontal pod autoscaler; vertical pod autoscaling; Horizontal/Vertical Pod Autoscaling; =HPA; autoscaling groups | scalability
object-storage | Cloud Storage Services | con | object storage; block storage; file storage; storage solutions; cloud object storage | cloud-computing
computer-networking | Computer Networking | con | ?networking; computer networks; computer network; cloud networking; network engineering; network architecture; TCP/IP; =TCP; subnets; subnetting; routing tables |
virtual-private-cloud | Virtual Private Cloud | con | =VPC; =VPCs; Amazon VPC; AWS VPC; VPC networking; VPC peering | computer-networking
cdn | Content Delivery Networks | con | content delivery network; =CDN; =CDNs; CloudFront; Amazon CloudFront; Akamai | computer-networking
dns | DNS | con | =DNS; Domain Name System; Route 53; Amazon Route 53 | computer-networking
firewalls | Firewalls | con | firewall; firewall configuration; firewall configurations; firewall rules; security groups; VPC security groups; network security | computer-networking
vpn | VPN | con | =VPN; =VPNs; virtual private network; virtual private networks | computer-networking
#C Cloud Computing and MLOps / Containerization and Orchestration
docker | Docker | tool | Docker containers; Dockerfile; Dockerfiles; Docker images; containers (Docker) | containerization
docker-compose | Docker Compose | tool | docker-compose | docker
kubernetes | Kubernetes | tool | k8s; kubectl; Kubernetes clusters; Kubernetes cluster; pods, nodes, deployments, and services; ConfigMaps | container-orchestration
helm | Helm | tool | ~Helm; Helm charts; Helm chart; Kubernetes with Helm | kubernetes
docker-swarm | Docker Swarm | tool | Swarm mode | docker, container-orchestration
serverless | Serverless Computing | con | serverless; serverless architecture; serverless architectures; serverless functions; =FaaS; functions as a service; serverless orchestration; serverless options | cloud-computing
openshift | OpenShift | plat | Red Hat OpenShift | kubernetes
#C Cloud Computing and MLOps / Security and Compliance
identity-and-access-management | Identity and Access Management | con | =IAM; identity & access management; access management; identity management; AWS IAM; Azure AD; Azure Active Directory; Microsoft Entra ID; IAM policies; IAM roles |
key-management | Key Management | con | key management services; key management service; =KMS; AWS KMS; Azure Key Vault; Key Vault; Cloud KMS; secrets management; HashiCorp Vault | encryption
tls | TLS/SSL | con | =TLS; =SSL; TLS/SSL; SSL/TLS; =HTTPS; SSL certificates; mTLS | encryption
cloud-security | Cloud Security | prac | security and compliance; cloud security best practices; security best practices; infrastructure security; DevSecOps |
compliance | Compliance | prac | compliance frameworks; regulatory compliance; security compliance; compliance requirements; compliance standards; GDPR, HIPAA, and PCI-DSS compliance; ?compliance |
soc-2 | SOC 2 | cert | SOC2; SOC 2 Type II; SOC II | compliance
iso-27001 | ISO 27001 | cert | ISO/IEC 27001; ISO-27001; ISO 27001 certification | compliance
pci-dss | PCI-DSS | cert | PCI DSS; PCI compliance | compliance
#C Cloud Computing and MLOps / DevOps Integration with Cloud
devops | DevOps | prac | Dev Ops; DevOps practices; DevOps culture; DevOps engineering |
infrastructure-as-code | Infrastructure as Code | prac | =IaC; infrastructure-as-code; Infrastructure as Code (IaC); declarative infrastructure |
terraform | Terraform | tool | HashiCorp Terraform; Terraform modules; Terraform Cloud; ~HCL; OpenTofu | infrastructure-as-code
pulumi | Pulumi | tool |  | infrastructure-as-code
#C Cloud Computing and MLOps / MLOps Fundamentals
mlops | MLOps | prac | ML Ops; MLOps lifecycle; ML lifecycle; machine learning operations; MLOps tools; MLOps practices; ML lifecycle management; end-to-end ML lifecycle; MLOps platforms; ML platform; ML platforms |
#C Cloud Computing and MLOps / Data Engineering in MLOps
feature-store | Feature Stores | tool | feature store; online feature stores; offline feature stores; online and offline feature stores; feature stores and model registries | mlops
feast | Feast | tool | ~Feast; Feast feature store | feature-store
tecton | Tecton | tool | Tecton feature platform | feature-store
tfdv | TensorFlow Data Validation | tool | =TFDV | tensorflow, data-quality
#C Cloud Computing and MLOps / Model Training and Experimentation
experiment-tracking | Experiment Tracking | prac | experiment management; ML experiment tracking; experiment tracking tools; tracking metrics, hyperparameters, artifacts | mlops
mlflow | MLflow | tool | ML Flow; MLFlow Tracking; MLflow tracking | experiment-tracking
model-registry | Model Registry | tool | model registries; model versioning; model version control | mlops
mlflow-model-registry | MLflow Model Registry | tool | MLflow registry | mlflow, model-registry
weights-and-biases | Weights & Biases | tool | Weights and Biases; =W&B; wandb | experiment-tracking
distributed-training | Distributed Training | prac | distributed model training; TensorFlow Distributed; PyTorch Distributed; DistributedDataParallel; =DDP; data parallelism; model parallelism; multi-GPU training; tf.distribute | deep-learning
horovod | Horovod | lib |  | distributed-training
ray | Ray | lib | ~Ray; Ray.io; Ray Tune; Ray Train; RLlib; Anyscale | distributed-systems
#C Cloud Computing and MLOps / Monitoring and Maintenance
model-monitoring | Model Monitoring | prac | ML monitoring; ML model monitoring; monitoring models; model performance monitoring; model observability; monitoring of models in production | mlops
observability | Monitoring and Observability | prac | observability; monitoring and alerting; monitoring and logging; system monitoring; infrastructure monitoring; performance monitoring; alerting; application performance monitoring; =APM; system metrics; ?monitoring; monitoring tools |
#C Cloud Computing and MLOps / Tools for MLOps
data-versioning | Data Versioning | prac | data versioning tools; dataset versioning; versioning data | mlops
dvc | DVC | tool | =DVC; Data Version Control | data-versioning
delta-lake | Delta Lake | tool | Delta tables; Delta Lake tables | data-lakes, data-versioning
kubeflow | Kubeflow | tool | Kubeflow platform | kubernetes, mlops
kubeflow-pipelines | Kubeflow Pipelines | tool | =KFP | kubeflow, ml-pipelines
tfx | TFX | tool | =TFX; TensorFlow Extended | tensorflow, ml-pipelines
#C Cloud Computing and MLOps / Advanced MLOps
tensorflow-lite | TensorFlow Lite | lib | TFLite; TF Lite; LiteRT; TensorFlow Lite Micro | tensorflow, edge-deployment
pytorch-mobile | PyTorch Mobile | lib | ExecuTorch; PyTorch Lite | pytorch, edge-deployment
iot | Internet of Things | con | =IoT; IoT devices; IoT device; Internet of Things (IoT); IIoT |
ray-serve | Ray Serve | tool |  | ray, model-serving
model-explainability | Model Explainability | con | explainability; explainable AI; =XAI; interpretability; model interpretability; interpretable machine learning; explainable ML; feature attribution | machine-learning
shap | SHAP | lib | =SHAP; SHAP values; SHapley Additive exPlanations | model-explainability
lime | LIME | lib | =LIME | model-explainability
captum | Captum | lib |  | model-explainability, pytorch
#C Cloud Computing and MLOps / Visualization and Monitoring
prometheus | Prometheus | tool | PromQL | observability
grafana | Grafana | tool | Grafana dashboards | observability

#F model-deployment-and-optimization
#C Model Deployment and Optimization / Model Deployment Fundamentals
model-deployment | Model Deployment | prac | ML model deployment; deploying models; deploying ML models; model deployment and scaling; deployment lifecycle; deployment techniques; model productionization; productionizing models; models into production; deploy machine learning models; deploy deep learning models; deploy AI models | mlops
batch-inference | Batch Inference | prac | batch prediction; batch predictions; batch scoring; offline inference | model-deployment
real-time-inference | Real-Time Inference | prac | real-time (online) inference; online inference; low-latency inference; real-time predictions; online serving; low-latency APIs | model-deployment
edge-deployment | Edge Deployment | prac | edge AI; Edge AI; edge computing; edge devices; edge inference; on-device inference; on-device AI; on-device ML; TinyML; edge deployment techniques | model-deployment
cloud-deployment | Cloud Deployment | prac | cloud deployments; deploying to the cloud; cloud-native deployment | model-deployment
on-premise-deployment | On-Premise Deployment | prac | on-premise; on-premises; on-prem; on-premises deployment | model-deployment
#C Model Deployment and Optimization / Model Serialization
model-serialization | Model Serialization | prac | serialization formats; model export; exporting models; model formats | model-deployment
tensorflow-savedmodel | TensorFlow SavedModel | tool | SavedModel; SavedModel format | tensorflow, model-serialization
torchscript | TorchScript | tool | PyTorch .pt; .pth files | pytorch, model-serialization
onnx | ONNX | tool | =ONNX; Open Neural Network Exchange | model-serialization
pmml | PMML | tool | =PMML; Predictive Model Markup Language | model-serialization
#C Model Deployment and Optimization / Deployment Architectures
model-serving | Model Serving | prac | model serving frameworks; model serving framework; serving models; inference serving; model servers; serving infrastructure; serving models via REST APIs | model-deployment
onnx-runtime | ONNX Runtime | tool | ONNXRuntime; onnxruntime | onnx, inference-optimization
#C Model Deployment and Optimization / Deployment Platforms
kserve | KServe | tool | KFServing; Kubeflow Serving | model-serving, kubernetes
seldon-core | Seldon Core | tool | Seldon; Seldon Deploy | model-serving, kubernetes
#C Model Deployment and Optimization / Model Serving Frameworks
tensorflow-serving | TensorFlow Serving | tool | TF Serving; TFServing; TensorFlow Serving (TFS) | tensorflow, model-serving
torchserve | TorchServe | tool | Torch Serve | pytorch, model-serving
nvidia-triton | NVIDIA Triton Inference Server | tool | Triton Inference Server; NVIDIA Triton; ~Triton; Triton server | model-serving
bentoml | BentoML | tool | Bento ML | model-serving
#C Model Deployment and Optimization / Optimization for Deployment
model-optimization | Model Optimization | prac | model compression; optimizing models; model optimization techniques; optimize models for performance | model-deployment
model-quantization | Quantization | prac | quantization; model quantization; post-training quantization; quantization-aware training; =INT8; INT8 quantization; quantized models; =FP16; mixed precision | model-optimization
model-pruning | Pruning | prac | pruning; model pruning; weight pruning; network pruning | model-optimization
knowledge-distillation | Knowledge Distillation | prac | model distillation; teacher-student training | model-optimization
model-partitioning | Model Partitioning | prac | model sharding; tensor parallelism; pipeline parallelism; splitting large models; sharding large models across multiple nodes | model-optimization
inference-optimization | Inference Optimization | prac | accelerated inference; inference acceleration; optimizing inference; inference performance | model-optimization
tensorrt | TensorRT | tool | NVIDIA TensorRT; TensorRT-LLM | gpu, inference-optimization
hardware-acceleration | Hardware Acceleration | con | hardware accelerators; hardware accelerator; specialized hardware; AI accelerators; high-performance hardware |
gpu | GPUs | con | =GPU; =GPUs; GPU computing; GPU programming; GPU acceleration; GPU-accelerated; NVIDIA GPUs; NVIDIA GPU | hardware-acceleration
tpu | TPUs | con | =TPU; =TPUs; tensor processing units; tensor processing unit | hardware-acceleration
fpga | FPGAs | con | =FPGA; =FPGAs; field-programmable gate arrays | hardware-acceleration
cuda | CUDA | tool | =CUDA; CUDA programming; cuDNN; CUDA kernels; CUDA C++ | gpu
gpu-optimization | GPU Optimization | prac | GPU/TPU optimization; GPU performance tuning; GPU utilization | gpu, inference-optimization
high-performance-computing | High-Performance Computing | con | high performance computing; =HPC; supercomputing; =MPI | distributed-systems
#C Model Deployment and Optimization / Scalability and Performance
latency-optimization | Latency Optimization | prac | latency reduction; reducing latency; low latency; latency tuning | performance-optimization
asynchronous-inference | Asynchronous Inference | prac | async inference; queueing requests for processing; request batching; dynamic batching | real-time-inference
#C Model Deployment and Optimization / Security in Model Deployment
adversarial-robustness | Adversarial Robustness | con | adversarial training; adversarial attacks; adversarial examples; adversarial inputs; adversarial defenses; adversarial machine learning | machine-learning
#C Model Deployment and Optimization / Advanced Model Deployment
multi-model-hosting | Multi-Model Hosting | prac | multi-model endpoints; multi-model serving; multi-tenant model serving; hosting multiple models | model-serving
canary-deployment | Canary Deployments | prac | canary deployment; canary releases; canary release; canary rollout; canary rollouts | model-deployment
shadow-deployment | Shadow Deployments | prac | shadow deployment; shadow testing; shadow mode; shadow mode deployment | model-deployment
ab-testing | A/B Testing | prac | A/B tests; A/B test; AB testing; A/B experiments; split testing; online experiments; online experimentation; ?experimentation; experimental design; experiment design; design of experiments | hypothesis-testing
#C Model Deployment and Optimization / Optimization Strategies
nvidia-tensor-cores | NVIDIA Tensor Cores | con | Tensor Cores; Tensor Core | gpu
deepspeed | DeepSpeed | lib | Microsoft DeepSpeed; =ZeRO | distributed-training, pytorch
distributed-inference | Distributed Inference | prac | multi-node inference; multi-GPU inference | model-serving
#C Model Deployment and Optimization / Cost Optimization
cost-optimization | Cost Optimization | prac | cloud cost optimization; cost optimisation; right-sizing; rightsizing; spot instances; preemptible VMs; spot instances and preemptible VMs; =FinOps; autoscaling for cost efficiency | cloud-computing
#C Model Deployment and Optimization / Practical Tools and Frameworks
nvidia-nsight | NVIDIA Nsight | tool | Nsight; Nsight Systems; Nsight Compute | gpu, profiling
"""
