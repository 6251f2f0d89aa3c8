import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.security.InvalidAlgorithmParameterException;
import java.security.Provider;
import java.security.Security;
import java.security.spec.AlgorithmParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.xml.crypto.Data;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.XMLStructure;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.TransformException;
import javax.xml.crypto.dsig.TransformService;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.dsig.SignatureConfig;
import org.apache.poi.poifs.crypt.dsig.SignatureInfo;
import org.apache.poi.poifs.crypt.dsig.SignaturePart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Apache POI's verdict on the OOXML signatures of each file given, one line per file. Debian's POI lacks the
 * XMLBeans schemas its own relationships transform parses its parameters with, so this checker registers a plain-DOM
 * relationships transform (ECMA-376 part 2, 13.2.4.24) ahead of it; everything else is POI's and the JDK's.
 */
public class DocxSignatureCheck {
    static final String TRANSFORM = "http://schemas.openxmlformats.org/package/2006/RelationshipTransform";

    public static final class RelationshipTransform extends TransformService {
        private final List<String> sourceIds = new ArrayList<>();

        @Override public void init(TransformParameterSpec params) throws InvalidAlgorithmParameterException {
            throw new InvalidAlgorithmParameterException("verification only");
        }

        @Override public void init(XMLStructure parent, XMLCryptoContext context) {
            NodeList references = ((Element) ((DOMStructure) parent).getNode()).getElementsByTagNameNS("*", "RelationshipReference");
            for (int i = 0; i < references.getLength(); i++) sourceIds.add(((Element) references.item(i)).getAttribute("SourceId"));
        }

        @Override public void marshalParams(XMLStructure parent, XMLCryptoContext context) throws MarshalException {
            throw new MarshalException("verification only");
        }

        @Override public AlgorithmParameterSpec getParameterSpec() { return null; }

        @Override public Data transform(Data data, XMLCryptoContext context) throws TransformException {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                Document doc = factory.newDocumentBuilder().parse(((OctetStreamData) data).getOctetStream());
                Element root = doc.getDocumentElement();
                TreeMap<String, Element> kept = new TreeMap<>();
                NodeList children = root.getChildNodes();
                for (int i = children.getLength() - 1; i >= 0; i--) {
                    Node child = children.item(i);
                    if (child instanceof Element && "Relationship".equals(child.getLocalName())) {
                        Element relationship = (Element) child;
                        if (sourceIds.contains(relationship.getAttribute("Id"))) {
                            if (relationship.getAttribute("TargetMode").isEmpty()) relationship.setAttribute("TargetMode", "Internal");
                            kept.put(relationship.getAttribute("Id"), relationship);
                        }
                    }
                    root.removeChild(child);
                }
                for (Element relationship : kept.values()) root.appendChild(relationship);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
                return new OctetStreamData(new java.io.ByteArrayInputStream(out.toByteArray()));
            } catch (Exception error) {
                throw new TransformException(error);
            }
        }

        @Override public Data transform(Data data, XMLCryptoContext context, OutputStream os) throws TransformException {
            throw new TransformException("not supported");
        }

        @Override public boolean isFeatureSupported(String feature) { return false; }
    }

    static final class CheckerProvider extends Provider {
        CheckerProvider() {
            super("DocxSignatureCheck", "1.0", "relationships transform without XMLBeans");
            put("TransformService." + TRANSFORM, RelationshipTransform.class.getName());
            put("TransformService." + TRANSFORM + " MechanismType", "DOM");
        }
    }

    public static void main(String[] args) throws Exception {
        Security.insertProviderAt(new CheckerProvider(), 1);
        for (String path : args) {
            try (OPCPackage pkg = OPCPackage.open(new File(path), PackageAccess.READ)) {
                SignatureConfig config = new SignatureConfig();
                config.setOpcPackage(pkg);
                SignatureInfo info = new SignatureInfo();
                info.setSignatureConfig(config);
                StringBuilder line = new StringBuilder(path).append('\t');
                int count = 0;
                boolean allValid = true;
                for (SignaturePart part : info.getSignatureParts()) {
                    count++;
                    boolean valid = part.validate();
                    allValid &= valid;
                    line.append(valid ? "valid:" + part.getSigner().getSubjectX500Principal().getName() : "invalid").append(';');
                }
                System.out.println(line.append('\t').append(count == 0 ? "UNSIGNED" : allValid ? "ALL-VALID" : "INVALID"));
            } catch (Exception error) {
                System.out.println(path + "\terror:" + error + "\tINVALID");
            }
        }
    }
}
