package java.lang;

import java.util.Objects;

/** One frame of a stack trace, printed as HotSpot prints it. */
public final class StackTraceElement implements java.io.Serializable {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;
    private final String moduleName;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this.declaringClass = Objects.requireNonNull(declaringClass, "Declaring class is null");
        this.methodName = Objects.requireNonNull(methodName, "Method name is null");
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.moduleName = isOurs(declaringClass) ? "java.base" : null;
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
                             String declaringClass, String methodName, String fileName, int lineNumber) {
        this.declaringClass = Objects.requireNonNull(declaringClass, "Declaring class is null");
        this.methodName = Objects.requireNonNull(methodName, "Method name is null");
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.moduleName = moduleName;
    }

    /** Classes of our java.base: the JDK prints them with a "java.base/" prefix. */
    private static boolean isOurs(String cn) {
        return cn.startsWith("java.") || cn.startsWith("jdk.internal.") || cn.startsWith("sun.");
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getModuleVersion() {
        return null;
    }

    public String getClassLoaderName() {
        return moduleName != null ? null : "app";
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder(64);
        if (moduleName != null && !moduleName.isEmpty()) sb.append(moduleName).append('/');
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) sb.append("Native Method)");
        else if (fileName != null && lineNumber >= 0) sb.append(fileName).append(':').append(lineNumber).append(')');
        else if (fileName != null) sb.append(fileName).append(')');
        else sb.append("Unknown Source)");
        return sb.toString();
    }

    public boolean equals(Object obj) {
        if (obj == this) return true;
        if (!(obj instanceof StackTraceElement)) return false;
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber && declaringClass.equals(e.declaringClass)
            && Objects.equals(methodName, e.methodName) && Objects.equals(fileName, e.fileName)
            && Objects.equals(moduleName, e.moduleName);
    }

    public int hashCode() {
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * result + Objects.hashCode(moduleName);
        result = 31 * result + Objects.hashCode(fileName);
        result = 31 * result + lineNumber;
        return result;
    }
}
