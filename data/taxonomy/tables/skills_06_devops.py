"""DevOps: containers, orchestration, IaC, CI/CD, observability, OS and networking."""

DEVOPS = """
docker | Docker | 20 | docker containers, dockerfile, dockerfiles, docker engine, dockerized, dockerization, docker desktop | linux | podman, kubernetes |
docker_compose | Docker Compose | 5 | docker-compose, compose files, docker compose v2 | docker | kubernetes |
podman | Podman | 6 | buildah, podman containers | linux | docker |
containerization | Containerization | 15 | containers, containerisation, container technologies, linux containers, oci containers | linux | docker, kubernetes |
kubernetes | Kubernetes | 60 | k8s, kube, kubectl, kubernetes clusters, k8, k3s, kubernetes administration | docker, linux | openshift, docker_swarm, nomad |
helm | ~Helm | 8 | helm charts, helm chart, helm 3, helmfile | kubernetes | kustomize | kubernetes, k8s, charts, chart, release, releases, deploy, deployment, values, tiller
kustomize | Kustomize | 4 | kustomization | kubernetes | helm |
openshift | OpenShift | 30 | red hat openshift, openshift container platform, ocp, okd | kubernetes | rancher, google_anthos |
rancher | ~Rancher | 15 | rancher kubernetes, rancher rke, rke2 | kubernetes | openshift | kubernetes, k8s, clusters, suse, rke, containers
docker_swarm | Docker Swarm | 8 | swarm mode, docker swarm mode | docker | kubernetes |
nomad | ~Nomad | 12 | hashicorp nomad | docker | kubernetes | hashicorp, scheduler, orchestration, consul, vault, jobs, cluster
istio | Istio | 20 | istio service mesh | kubernetes | linkerd, envoy |
linkerd | Linkerd | 12 | linkerd service mesh | kubernetes | istio |
envoy | ~Envoy | 12 | envoy proxy | | istio, nginx | proxy, service mesh, istio, sidecar, load balancing, l7, kubernetes
service_mesh | Service Mesh | 15 | service meshes | kubernetes, microservices | istio, linkerd |
consul | ~Consul | 10 | hashicorp consul | | etcd, hashicorp_vault | hashicorp, service discovery, discovery, service mesh, key-value, nomad, vault, terraform
hashicorp_vault | HashiCorp Vault | 12 | hashicorp vault, vault secrets, ~vault | | aws_secrets_manager, azure_key_vault | hashicorp, secrets, secret, terraform, consul, pki, tokens, kubernetes, encryption
packer | ~Packer | 6 | hashicorp packer, packer templates | | terraform, vagrant | hashicorp, images, ami, image, machine images, terraform, build, vagrant
vagrant | ~Vagrant | 6 | hashicorp vagrant, vagrantfile | virtualization | packer, docker | hashicorp, virtualbox, vm, vms, development environment, vagrantfile, box, provisioning
terraform | Terraform | 30 | tf, hashicorp terraform, terraform cloud, terraform enterprise, terraform modules, opentofu | infrastructure_as_code | pulumi, aws_cloudformation, ansible |
terragrunt | Terragrunt | 5 | terra grunt | terraform | terraform |
pulumi | Pulumi | 15 | pulumi iac | infrastructure_as_code | terraform, aws_cdk |
crossplane | Crossplane | 12 | crossplane.io | kubernetes | terraform |
infrastructure_as_code | Infrastructure as Code | 20 | iac, infrastructure-as-code, infra as code, infrastructure automation | | terraform, configuration_management |
ansible | Ansible | 20 | ansible playbooks, ansible tower, ansible automation platform, awx, ansible roles, red hat ansible | linux | chef, puppet, saltstack, terraform |
chef | ~Chef | 20 | chef infra, chef cookbooks, chef automate, opscode chef | ruby | ansible, puppet | cookbook, cookbooks, recipes, knife, infra, configuration, ansible, puppet, devops, automation, ruby, provisioning
puppet | ~Puppet | 20 | puppet enterprise, puppet modules, puppet manifests, puppetlabs | | ansible, chef | manifests, modules, hiera, configuration, ansible, chef, devops, automation, provisioning, infrastructure
saltstack | SaltStack | 20 | salt stack, ~salt, salt project | | ansible, puppet | configuration, states, minions, ansible, puppet, chef, devops, automation, infrastructure
configuration_management | Configuration Management | 20 | config management, server configuration management, configuration automation | linux | ansible, puppet, chef |
ci_cd | CI/CD | 20 | ci cd, ci/cd pipelines, cicd, continuous integration, continuous delivery, continuous deployment, ci pipelines, build pipelines, deployment pipelines, continuous integration/continuous deployment | git | jenkins, github_actions, gitlab_ci |
jenkins | Jenkins | 15 | jenkins pipelines, jenkinsfile, jenkins ci, jenkins x | ci_cd | github_actions, gitlab_ci |
github_actions | GitHub Actions | 8 | gh actions, github workflows, github action | ci_cd, git | gitlab_ci, jenkins |
gitlab_ci | GitLab CI/CD | 10 | gitlab ci, gitlab-ci, gitlab pipelines, gitlab ci cd, .gitlab-ci.yml | ci_cd, git | github_actions, jenkins |
circleci | CircleCI | 6 | circle ci | ci_cd | github_actions |
travis_ci | Travis CI | 4 | travis-ci, travisci, ~travis | ci_cd | circleci | ci, continuous integration, builds, github, yml, pipeline
teamcity | TeamCity | 8 | jetbrains teamcity, team city | ci_cd | jenkins |
bamboo | ~Bamboo | 8 | atlassian bamboo | ci_cd | jenkins | atlassian, ci, ci/cd, builds, jira, bitbucket, pipeline, deployment
argo_cd | Argo CD | 10 | argocd, argo-cd, argo, argo workflows, argo rollouts | kubernetes | flux_cd, gitops |
flux_cd | Flux CD | 8 | fluxcd, flux v2, weaveworks flux, ~flux | kubernetes | argo_cd | gitops, kubernetes, k8s, helm, cd, argo, weaveworks, reconciliation
spinnaker | Spinnaker | 12 | netflix spinnaker | ci_cd | argo_cd |
tekton | Tekton | 10 | tekton pipelines | kubernetes, ci_cd | jenkins |
octopus_deploy | Octopus Deploy | 8 | octopus deploy server | ci_cd | azure_devops |
gitops | GitOps | 10 | git ops, git-ops | git, kubernetes | argo_cd, flux_cd |
git | Git | 10 | git version control, git flow, gitflow, git branching, git cli | | svn, mercurial |
github | GitHub | 5 | git hub, github enterprise, github.com, pull requests | git | gitlab, bitbucket |
gitlab | GitLab | 5 | git lab, gitlab.com, gitlab enterprise, merge requests | git | github |
bitbucket | Bitbucket | 4 | bit bucket, bitbucket pipelines, bitbucket server | git | github |
svn | Subversion | 5 | svn, apache subversion, tortoisesvn | | git |
mercurial | Mercurial | 5 | hg, mercurial scm | | git |
perforce | Perforce | 6 | helix core, p4, perforce helix | | git |
version_control | Version Control | 8 | source control, version control systems, source code management, revision control | | git |
monorepo | Monorepos | 8 | monorepo, mono repo, monorepos, bazel, pants build | git | nx_monorepo, turborepo |
maven | ~Maven | 8 | apache maven, maven pom, pom.xml, mvn | java | gradle | java, pom, build, dependency, dependencies, spring, jar, artifacts, plugins, nexus
gradle | Gradle | 8 | gradle build, gradle builds | java | maven |
apache_ant | Apache Ant | 5 | ant build, ant scripts, apache ivy | java | maven |
sbt | sbt | 5 | scala build tool, simple build tool | scala | maven |
cmake | CMake | 8 | cmake lists, cmakelists | cpp | gnu_make |
gnu_make | GNU Make | 5 | makefile, makefiles, gnu makefile | linux | cmake | makefile, build, gnu, cmake, targets, compile, c, c++, linux, gcc
artifactory | Artifactory | 5 | jfrog artifactory, jfrog | ci_cd | nexus |
nexus | ~Nexus | 5 | sonatype nexus, nexus repository, nexus repository manager | ci_cd | artifactory | sonatype, repository, artifacts, maven, npm, docker, registry
prometheus | Prometheus | 12 | prometheus monitoring, promql, alertmanager, prometheus metrics | | grafana, datadog |
grafana | Grafana | 8 | grafana dashboards, grafana cloud, grafana tempo, grafana mimir | | prometheus, kibana |
loki | ~Loki | 5 | grafana loki, logql | | elk_stack | grafana, logs, logging, logql, promtail, prometheus
datadog | Datadog | 10 | data dog, datadog apm, datadog monitoring | | new_relic, dynatrace |
new_relic | New Relic | 8 | newrelic, new relic apm, new relic one | | datadog, dynatrace, appdynamics |
dynatrace | Dynatrace | 8 | dynatrace apm, dynatrace oneagent | | new_relic, appdynamics |
appdynamics | AppDynamics | 8 | app dynamics, appd | | dynatrace, new_relic |
splunk | Splunk | 15 | splunk enterprise, spl, splunk cloud, splunk es, splunk enterprise security | | elk_stack, siem |
elk_stack | ELK Stack | 15 | ~elk, elastic stack, elk stack (elasticsearch logstash kibana) | elasticsearch | splunk, loki | elasticsearch, logstash, kibana, logs, logging, beats, stack, monitoring
logstash | Logstash | 6 | log stash, logstash pipelines | elasticsearch | fluentd |
kibana | Kibana | 4 | kibana dashboards | elasticsearch | grafana |
fluentd | Fluentd | 5 | fluent bit, fluentbit, fluent-bit | | logstash |
opentelemetry | OpenTelemetry | 10 | otel, open telemetry, opentelemetry collector, opentracing | | jaeger, zipkin, observability |
jaeger | ~Jaeger | 5 | jaeger tracing | | zipkin, opentelemetry | tracing, distributed tracing, opentelemetry, spans, zipkin, observability
zipkin | Zipkin | 4 | openzipkin | | jaeger |
nagios | Nagios | 8 | nagios core, nagios xi, icinga | linux | zabbix |
zabbix | Zabbix | 8 | zabbix monitoring | linux | nagios |
pagerduty | PagerDuty | 3 | pager duty, opsgenie, victorops | | incident_management |
sentry | ~Sentry | 3 | sentry.io, sentry error tracking | | datadog | error tracking, errors, monitoring, exceptions, crash, javascript, python, sentry.io, alerts
observability | Observability | 20 | o11y, application monitoring, apm, application performance monitoring, distributed tracing | | prometheus, opentelemetry, monitoring |
monitoring | Monitoring and Alerting | 15 | system monitoring, infrastructure monitoring, alerting, monitoring tools, log monitoring, log management, logging and monitoring, centralized logging | linux | observability |
site_reliability_engineering | Site Reliability Engineering | 40 | sre, site reliability, slos, slis, error budgets, service level objectives | linux, monitoring | devops, observability |
devops | DevOps | 40 | dev ops, devops practices, devops culture, devops engineering | linux, ci_cd | site_reliability_engineering, platform_engineering |
platform_engineering | Platform Engineering | 30 | internal developer platform, developer platform, ~backstage, developer experience platform | kubernetes, devops | devops | platform, developer, portal, spotify, catalog, plugins, kubernetes, internal
incident_management | Incident Management | 15 | on-call, on call, incident response management, postmortems, blameless postmortems, major incident management | | site_reliability_engineering, itil |
chaos_engineering | Chaos Engineering | 10 | chaos monkey, gremlin chaos, litmus chaos, fault injection | site_reliability_engineering | |
feature_flags | Feature Flags | 4 | feature toggles, launchdarkly, feature flagging, unleash feature flags | | ci_cd |
deployment_strategies | Deployment Strategies | 8 | blue-green deployment, blue green deployment, canary releases, canary deployment, rolling updates, rolling deployments | ci_cd | feature_flags |
release_management | Release Management | 12 | release engineering, release process, release planning, build and release | ci_cd | change_management |
linux | Linux | 40 | gnu/linux, linux administration, linux os, linux systems, linux server, linux servers, linux system administration | | unix, windows_server |
unix | Unix | 30 | unix systems, unix/linux, solaris, aix, hp-ux, unix administration | | linux |
ubuntu | Ubuntu | 10 | ubuntu linux, ubuntu server | linux | debian |
rhel | Red Hat Enterprise Linux | 15 | rhel, red hat linux, redhat, red hat, rhcsa, rhce, rocky linux, almalinux | linux | centos |
centos | CentOS | 8 | cent os, centos linux, centos stream | linux | rhel |
debian | ~Debian | 8 | debian linux | linux | ubuntu | linux, distro, apt, packages, server, ubuntu
windows_server | Windows Server | 30 | windows server 2019, windows server 2022, windows server 2016, windows administration, microsoft windows server | | linux, active_directory |
macos | macOS | 8 | mac os, os x, osx, mac os x | | linux |
systemd | systemd | 5 | systemctl, journald | linux | |
nginx | NGINX | 8 | nginx web server, nginx reverse proxy, nginx plus, openresty | linux | apache_http_server, haproxy |
apache_http_server | Apache HTTP Server | 8 | apache httpd, httpd, apache web server, ~apache, apache2 | linux | nginx | web server, httpd, server, virtual hosts, mod_rewrite, php, linux, lamp, tomcat, .htaccess
apache_tomcat | Apache Tomcat | 8 | tomcat, tomcat server, tomee | java | jboss |
jboss | JBoss | 15 | jboss eap, wildfly, red hat jboss | java | apache_tomcat, weblogic |
weblogic | Oracle WebLogic | 15 | weblogic server, oracle weblogic server | java | jboss, websphere |
websphere | IBM WebSphere | 15 | websphere application server, websphere liberty | java | weblogic |
iis | IIS | 8 | internet information services, microsoft iis | windows_server | nginx |
haproxy | HAProxy | 6 | ha proxy | linux | nginx |
traefik | Traefik | 5 | traefik proxy | docker | nginx |
load_balancing | Load Balancing | 10 | load balancers, load balancer, elb, alb, nlb, application load balancer, f5 load balancer, f5 big-ip | networking | nginx, haproxy |
networking | Computer Networking | 40 | ~networking, networking fundamentals, network engineering, computer networks, network administration, lan/wan, lan, wan, routing and switching | | tcp_ip, dns | network, networks, tcp/ip, routing, switching, firewalls, lan, wan, cisco, dns, vpn, protocols, infrastructure, ccna, subnetting
tcp_ip | TCP/IP | 20 | tcp ip, tcp, udp, osi model, ipv4, ipv6, subnetting | networking | |
dns | DNS | 6 | domain name system, bind dns, dns management | networking | |
http | ~HTTP | 6 | http/https, http protocol, http/2, http2, http/3 | | rest_api | protocol, rest, api, apis, web, headers, status codes, request, response, tcp, methods, caching, cookies
dhcp | DHCP | 4 | dynamic host configuration protocol, dhcp server | networking | dns |
vpn | VPN | 6 | vpns, virtual private network, ipsec, openvpn, wireguard, site-to-site vpn | networking | |
cisco | Cisco | 40 | cisco networking, cisco ios, cisco routers, cisco switches, ccnp, ccie, cisco meraki | networking | juniper |
juniper | ~Juniper | 30 | juniper networks, junos, jncia | networking | cisco | networks, networking, routers, switches, junos, srx, mx, bgp, ospf, firewall
routing_protocols | Routing Protocols | 25 | bgp, ospf, eigrp, is-is, mpls, routing protocols (bgp, ospf) | networking | cisco |
sd_wan | SD-WAN | 12 | sdwan, sd wan, software-defined wan, sdn, software-defined networking | networking | |
virtualization | Virtualization | 20 | virtual machines, vms, hypervisors, hypervisor, server virtualization | | vmware, containerization |
vmware | VMware | 25 | vmware vsphere, vsphere, esxi, vcenter, vmware esxi, vsan, nsx, vmware nsx | virtualization | hyper_v, openstack |
hyper_v | Hyper-V | 12 | hyperv, microsoft hyper-v | virtualization | vmware |
kvm | KVM | 12 | kernel-based virtual machine, qemu, libvirt, proxmox | linux, virtualization | vmware |
citrix | Citrix | 15 | citrix xenapp, citrix xendesktop, citrix virtual apps, vdi, virtual desktop infrastructure | virtualization | vmware |
storage_systems | Storage Systems | 20 | san/nas, storage area network, netapp, emc storage, dell emc, pure storage | | backup_recovery |
high_availability | High Availability | 15 | fault tolerance, failover, high-availability, system redundancy, redundant systems, server redundancy | | disaster_recovery, load_balancing |
disaster_recovery | Disaster Recovery | 15 | business continuity, bcp/dr, disaster recovery planning, bcdr, drp | | high_availability, backup_recovery |
capacity_planning | Capacity Planning | 10 | capacity management, resource planning (infrastructure) | monitoring | performance_tuning |
performance_tuning | Performance Tuning | 20 | performance optimization, performance optimisation, code profiling, system performance tuning, application performance tuning | | capacity_planning, query_optimization |
ssh | SSH | 3 | secure shell, openssh, ssh keys | linux | |
"""

BLOCKS = [("devops", DEVOPS)]
