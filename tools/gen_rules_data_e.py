# Taxonomy data, part E: mainstream software-engineering technologies that the seeds'
# categories cover ("Programming Languages", "APIs and Web Development", "Operating
# Systems and Shell Scripting", "Software Development Practices", "Security"...) without
# naming each one; added where the dev sets (bench/accuracy) showed real postings and
# resumes name them. Same line format as part A.

DATA_E = r"""
#F programming-and-software-engineering
#C Programming and Software Engineering / Programming Languages
typescript | TypeScript | lang | =TS | javascript
php | PHP | lang | PHP5; PHP 5; PHP7; PHP 7; PHP 8 |
kotlin | Kotlin | lang |  |
swift | Swift | lang | ~Swift; Swift programming; SwiftUI |
objective-c | Objective-C | lang | Objective C; =ObjC |
ruby | Ruby | lang | ~Ruby; Ruby programming |
perl | Perl | lang | Perl scripting; Perl5 |
visual-basic | Visual Basic | lang | VB.NET; =VB; VB6; VBScript; Visual Basic .NET; Visual Basic.NET |
cobol | COBOL | lang |  |
fortran | Fortran | lang | FORTRAN 77; Fortran 90 |
html | HTML | lang | HTML5; XHTML; DHTML; HTML 5 |
css | CSS | lang | CSS3; =SCSS; =Sass; CSS 3 |
#C Programming and Software Engineering / APIs and Web Development
react | React | lib | ?React; ReactJS; React.js; React JS; React Native; React-Redux | javascript
angular | Angular | lib | ?Angular; AngularJS; Angular.js; Angular JS; Angular 2 | javascript
vuejs | Vue.js | lib | Vue; VueJS; Vue JS | javascript
jquery | jQuery | lib | JQuery UI | javascript
redux | Redux | lib |  | javascript
ajax | AJAX | con | Ajax |
webpack | webpack | tool |  | javascript
babel | Babel | tool | BabelJS | javascript
ruby-on-rails | Ruby on Rails | lib | =RoR; Ruby-on-Rails | ruby
spring | Spring Framework | lib | ~Spring; Spring Boot; SpringBoot; Spring MVC; Spring Framework; Spring Cloud; Spring Security | java
hibernate | Hibernate | lib | ?Hibernate; Hibernate ORM | java
java-ee | Java EE | plat | J2EE; =JEE; Jakarta EE; Java Enterprise Edition; =EJB; =JSP; =JSF; Servlets; Servlet; =JMS; Java Message Service | java
aspnet | ASP.NET | plat | ASP.NET MVC; ASP.NET Core; ASP .NET; ASP.NET Web API | dotnet
soap | SOAP | con | =SOAP; SOAP web services; =WSDL |
web-services | Web Services | con | web service; web-services; XML web services |
#C Programming and Software Engineering / Operating Systems and Shell Scripting
windows | Microsoft Windows | plat | ?Windows; MS Windows; Windows Server; Windows XP; Windows 7; Windows 10; Windows NT; Windows OS | operating-systems
macos | macOS | plat | Mac OS; Mac OS X; =OS X; MacOS; ~Mac; Macintosh |
solaris | Solaris | plat | Oracle Solaris; =SunOS |
android | Android | plat | Android development; Android SDK; Android Studio |
ios | iOS | plat | =iOS; iOS development |
#C Programming and Software Engineering / Software Development Practices
eclipse | Eclipse IDE | tool | ~Eclipse; Eclipse IDE |
visual-studio | Visual Studio | tool | Microsoft Visual Studio; MS Visual Studio |
intellij-idea | IntelliJ IDEA | tool | IntelliJ |
maven | Maven | tool | ~Maven; Apache Maven |
gradle | Gradle | tool |  |
junit | JUnit | tool |  | unit-testing, java
selenium | Selenium | tool | Selenium WebDriver; WebDriver; Selenium IDE; Selenium Grid | software-testing
subversion | Subversion | tool | =SVN; Apache Subversion | version-control
travis-ci | Travis CI | tool | TravisCI; ~Travis | continuous-integration
behavior-driven-development | Behavior-Driven Development | prac | =BDD; behaviour-driven development; behavior driven development; behaviour driven development; Cucumber | software-testing
kanban | Kanban | prac | Kanban boards |
site-reliability-engineering | Site Reliability Engineering | prac | =SRE; =SREs; site reliability; SRE practices |
#C Programming and Software Engineering / Software Architecture
domain-driven-design | Domain-Driven Design | con | =DDD; domain driven design |
#C Programming and Software Engineering / Security
cybersecurity | Cybersecurity | con | cyber security; cyber-security; information security; InfoSec; IT security; ?security; software security; security practices |
#C Programming and Software Engineering / Databases
teradata | Teradata | db |  |
#F devops-and-automation
#C DevOps and Automation / Web Servers and Application Servers
nginx | Nginx | tool |  |
apache-tomcat | Apache Tomcat | tool | Tomcat |
jboss | JBoss | plat | WildFly; JBoss EAP |
weblogic | WebLogic | plat | Oracle WebLogic; WebLogic Server; Web Logic |
rancher | Rancher | tool | ~Rancher | kubernetes
#F data-analysis-and-visualization
#C Data Analysis and Visualization / BI and Reporting Tools
ssis | SSIS | tool | =SSIS; SQL Server Integration Services | etl
ssrs | SSRS | tool | =SSRS; SQL Server Reporting Services | business-intelligence
"""
